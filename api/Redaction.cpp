#include "Redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <array>

namespace {

const QString &secretKeyPattern()
{
    // Key names whose values are secrets, in any case, with "-" or "_".
    static const QString pattern = QStringLiteral(
            "(?:access[_-]?token|refresh[_-]?token|id[_-]?token|client[_-]?secret|secret|"
            "password|passwd|authorization|api[_-]?secret|token|bearer|cookie|set-cookie)");
    return pattern;
}

bool isSecretKey(const QString &key)
{
    static const QRegularExpression re(u"^"_qs + secretKeyPattern() + u"$"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Where the "</name>" (any case, spaces before ">") that closes a block opened before `from`
// ends; -1 when none follows.
qsizetype closingTagEnd(const QString &text, qsizetype from, QStringView name)
{
    const QString closing = u"</"_qs + name;
    while ((from = text.indexOf(closing, from, Qt::CaseInsensitive)) >= 0) {
        qsizetype i = from + closing.size();
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i < text.size() && text.at(i) == u'>')
            return i + 1;
        from += closing.size();
    }
    return -1;
}

// Drops <script>…</script> and <style>…</style> blocks (an unclosed one stays, its tags go
// with the others). One pass: a closing tag is looked for once past each block, and a kind
// of block whose end never comes is not looked for again, so a hostile body of many unclosed
// blocks costs no more than one.
QString withoutScriptsAndStyles(const QString &text)
{
    static constexpr std::array<QStringView, 2> names{u"script", u"style"};
    std::array<bool, 2> closable{true, true};
    QString out;
    qsizetype copied = 0;
    qsizetype at = 0;
    while ((at = text.indexOf(u'<', at)) >= 0) {
        const QStringView rest = QStringView(text).mid(at + 1);
        qsizetype end = -1;
        for (std::size_t k = 0; k < names.size() && end < 0; ++k) {
            const QStringView name = names[k];
            if (!closable[k] || !rest.startsWith(name, Qt::CaseInsensitive)
                || (rest.size() > name.size() && isWordChar(rest.at(name.size()))))
                continue;
            end = closingTagEnd(text, at + 1 + name.size(), name);
            closable[k] = end >= 0;
        }
        if (end < 0) {
            ++at;
            continue;
        }
        out += QStringView(text).mid(copied, at - copied);
        copied = at = end;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

namespace Redaction {

QString placeholder()
{
    return QStringLiteral("[redacted]");
}

QString redact(const QString &text, const QStringList &secrets)
{
    QString out = text;
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            out.replace(secret, placeholder());
        // The same secret as it appears in a form body or a query string.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret && encoded.size() >= 4)
            out.replace(encoded, placeholder());
    }

    // "access_token": "…"   access_token=…   Authorization: Bearer …
    static const QRegularExpression jsonValue(
            u"(\"?"_qs + secretKeyPattern() + u"\"?\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")"_qs,
            QRegularExpression::CaseInsensitiveOption);
    out.replace(jsonValue, u"\\1"_qs + placeholder() + u"\\3"_qs);
    static const QRegularExpression formValue(u"(\\b"_qs + secretKeyPattern()
                                                      + u"\\s*=\\s*)([^&\\s\"',;]+)"_qs,
                                              QRegularExpression::CaseInsensitiveOption);
    out.replace(formValue, u"\\1"_qs + placeholder());
    static const QRegularExpression headerValue(
            u"(\\b(?:authorization|cookie|set-cookie)\\s*:\\s*)(?!\")(?:bearer\\s+|basic\\s+)?"
            "([^\\s\"',;]+)"_qs,
            QRegularExpression::CaseInsensitiveOption);
    out.replace(headerValue, u"\\1"_qs + placeholder());
    static const QRegularExpression bearer(u"(\\bbearer\\s+)([A-Za-z0-9._~+/=-]+)"_qs,
                                           QRegularExpression::CaseInsensitiveOption);
    out.replace(bearer, u"\\1"_qs + placeholder());
    // A JSON Web Token anywhere: three base64url parts, the first one a JSON header.
    static const QRegularExpression jwt(
            u"\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"_qs);
    out.replace(jwt, placeholder());
    return out;
}

QString redact(const QByteArray &text, const QStringList &secrets)
{
    return redact(QString::fromUtf8(text), secrets);
}

QString redactUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSecretKey(QUrl::fromPercentEncoding(item.first.toUtf8())))
                item.second = placeholder();
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return redact(copy.toString(QUrl::FullyEncoded));
}

QByteArray redactHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization") {
        const int space = value.indexOf(' ');
        return (space > 0 ? value.left(space + 1) : QByteArray()) + placeholder().toLatin1();
    }
    if (lower == "cookie" || lower == "set-cookie" || isSecretKey(QString::fromLatin1(lower)))
        return placeholder().toLatin1();
    return redact(value).toUtf8();
}

QString excerpt(const QByteArray &body, const QStringList &secrets, int maxLength)
{
    // Redact the whole body first, so cutting it short can never leave half a secret behind.
    QString text = redact(QString::fromUtf8(body.left(64 * 1024)), secrets);
    text = withoutScriptsAndStyles(text);
    static const QRegularExpression tag(u"<[^>]*>"_qs);
    text.replace(tag, u" "_qs);
    text = text.simplified();
    if (text.size() > maxLength) {
        text.truncate(maxLength);
        text += u'…';
    }
    return text;
}

} // namespace Redaction
