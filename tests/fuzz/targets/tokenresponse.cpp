#include "api/TokenResponse.h"

#include "tests/fuzz/FuzzChecks.h"

// The token service's answer: a token that can go into a header, a lifetime that is never
// negative, and a refusal that never quotes the token it refused.
FUZZ_TARGET(tokenresponse)
{
    QString problem;
    const auto response = TokenResponse::fromJson(input, &problem);
    if (response) {
        FUZZ_EXPECT(problem.isEmpty());
        FUZZ_EXPECT(!response->accessToken.isEmpty());
        for (const QChar c : response->accessToken)
            FUZZ_EXPECT(c.unicode() > 0x20 && c.unicode() < 0x7f);
        if (response->expiresIn)
            FUZZ_EXPECT(response->expiresIn->count() >= 0);
        return;
    }
    FUZZ_EXPECT(!problem.isEmpty());
    // The refusal may quote the error fields and the token type, never the token itself
    // (unless the answer repeats it in one of the fields the refusal quotes).
    const std::optional<QJsonObject> object = Fuzz::objectOf(input);
    if (!object)
        return;
    const QString token = object->value(QLatin1String("access_token")).toString().trimmed();
    if (token.size() < 8)
        return;
    for (const char *quoted : {"error", "error_description", "token_type"}) {
        if (object->value(QLatin1String(quoted)).toString().contains(token))
            return;
    }
    if (!problem.contains(token))
        return;
    // A token can be words of the refusal itself ("access t"). It was quoted only if the
    // refusal of the same answer with the token's ASCII letters and digits changed does not
    // hold it too.
    QString masked = token;
    for (QChar &c : masked) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            c = c.isDigit() ? u'7' : u'q';
    }
    QJsonObject other = *object;
    other.insert(QLatin1String("access_token"), masked);
    QString otherProblem;
    FUZZ_EXPECT(!TokenResponse::fromJson(Fuzz::compact(other), &otherProblem));
    FUZZ_EXPECT_DETAIL(otherProblem.contains(token), problem);
}
