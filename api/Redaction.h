#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

// Keeps access tokens and client secrets out of everything a person or a log can read:
// error messages, body excerpts, debug output and URLs.
namespace Redaction {

// What a secret is replaced with.
QString placeholder();

// Replaces every occurrence of the given secrets (values shorter than 4 characters are
// ignored) and anything that looks like one: a Bearer value, a JWT, and the values of
// access_token, client_secret, password, authorization and similar keys, written as JSON,
// as form fields or as headers.
QString redact(const QString &text, const QStringList &secrets = {});
QString redact(const QByteArray &text, const QStringList &secrets = {});

// A URL fit for a log line: no user info, secret-looking query values replaced.
QString redactUrl(const QUrl &url);

// A header value fit for a log line: Authorization and cookie values are never shown.
QByteArray redactHeader(const QByteArray &name, const QByteArray &value);

// The start of a reply body as readable text: markup stripped, whitespace folded, redacted,
// at most `maxLength` characters.
QString excerpt(const QByteArray &body, const QStringList &secrets = {}, int maxLength = 300);

} // namespace Redaction
