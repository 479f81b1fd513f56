#include "IssueCollector.h"

#include <algorithm>

void IssueCollector::add(const QString &field, ValidationIssue::Rule rule, int index,
                         const QString &value, ValidationIssue::Severity severity)
{
    m_issues.append(ValidationIssue(m_describe, field, rule, index, severity, value));
}

void IssueCollector::wrongTypes(const QJsonObject &extra,
                                std::initializer_list<QLatin1StringView> keys,
                                const QString &prefix, int index)
{
    if (extra.isEmpty())
        return;
    for (QLatin1StringView key : keys) {
        if (extra.contains(key))
            add(prefix + key, ValidationIssue::Rule::WrongType, index);
    }
}

bool IssueCollector::required(const std::optional<QString> &value, const QJsonObject &extra,
                              QLatin1StringView key, const QString &prefix, int index)
{
    if (!value) {
        if (!extra.contains(key))
            add(prefix + key, ValidationIssue::Rule::Missing, index);
        return false;
    }
    if (isBlank(*value)) {
        add(prefix + key, ValidationIssue::Rule::Blank, index);
        return false;
    }
    return true;
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

bool containsWhitespace(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}
