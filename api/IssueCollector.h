#pragma once

#include "ValidationIssue.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>

// Gathers a request's validation issues; shared by the request types so each writes its checks
// in a line apiece.
class IssueCollector
{
public:
    explicit IssueCollector(ValidationIssue::Describe describe)
        : m_describe(describe)
    { }

    void add(const QString &field, ValidationIssue::Rule rule, int index = -1,
             const QString &value = {},
             ValidationIssue::Severity severity = ValidationIssue::Severity::Error);

    // A WrongType issue for each known key that a decoder had to keep verbatim in `extra`.
    void wrongTypes(const QJsonObject &extra, std::initializer_list<QLatin1StringView> keys,
                    const QString &prefix, int index = -1);

    // Missing when absent (unless kept verbatim, already reported as WrongType), Blank when
    // only whitespace. Returns true when the value is there and not blank.
    bool required(const std::optional<QString> &value, const QJsonObject &extra,
                  QLatin1StringView key, const QString &prefix, int index = -1);

    QList<ValidationIssue> take() { return std::move(m_issues); }

private:
    ValidationIssue::Describe m_describe;
    QList<ValidationIssue> m_issues;
};

bool isBlank(QStringView text);
bool containsWhitespace(QStringView text);
