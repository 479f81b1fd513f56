#include "api/ApiError.h"

#include "tests/fuzz/FuzzChecks.h"

#include <QDateTime>

namespace {

// What the fuzzer gets to hide in error bodies; the seeds carry them in every field.
const QString kSecret = QStringLiteral("p8e-Zq8fuzzClientSecret42");
const QString kToken = QStringLiteral("fuzzAccessToken.Zq8.opaque");

void expectNoSecret(const ApiError &error)
{
    for (const QString &text :
         {error.code(), error.title(), error.detail(), error.type(), error.requestId(),
          error.bodyExcerpt(), error.summary(), error.message()}) {
        FUZZ_EXPECT_DETAIL(!text.contains(kSecret), text);
        FUZZ_EXPECT_DETAIL(!text.contains(kToken), text);
    }
}

} // namespace

// The error folder: any status, any body, any Request-ID and Retry-After header becomes one
// ApiError whose texts never hold the secrets the client passes in.
// Input: "<status>\n<Retry-After>\n<x-request-id>\n<body>".
FUZZ_TARGET(apierror)
{
    const QList<QByteArray> parts = Fuzz::split(input, 3);
    bool ok = false;
    int status = parts[0].trimmed().toInt(&ok);
    if (!ok)
        status = 500;
    const QByteArray &retryAfter = parts[1];
    const QByteArray &requestId = parts[2];
    const QByteArray &body = parts[3];
    const QStringList secrets{kSecret, kToken};
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

    const ApiError error = ApiError::fromHttp(status, body, requestId, retryAfter, secrets, now);
    FUZZ_EXPECT(error.kind() == ApiError::Kind::Http);
    FUZZ_EXPECT(error.httpStatus() == status);
    if (error.retryAfter())
        FUZZ_EXPECT(error.retryAfter()->count() >= 0);
    FUZZ_EXPECT(!error.summary().isEmpty());
    expectNoSecret(error);
    FUZZ_EXPECT(error.redacted(secrets) == error.redacted(secrets).redacted(secrets));
    (void)error.isConnectionProblem();

    // A success status whose body cannot be decoded, and the ambiguous create.
    const ApiError invalid
            = ApiError::invalidReply(200, QString::fromUtf8(body.left(200)), body, secrets);
    FUZZ_EXPECT(invalid.kind() == ApiError::Kind::InvalidReply);
    expectNoSecret(invalid);
    const ApiError unknown = ApiError::outcomeUnknown(error);
    FUZZ_EXPECT(unknown.kind() == ApiError::Kind::OutcomeUnknown);
    FUZZ_EXPECT(unknown.causeKind() == ApiError::Kind::Http);
    expectNoSecret(unknown);
}
