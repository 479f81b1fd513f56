#include "ValidationIssue.h"

#include <utility>

ValidationIssue::ValidationIssue(Describe describe, QString field, Rule rule, int index,
                                 Severity severity, QString value)
    : field(std::move(field))
    , rule(rule)
    , index(index)
    , severity(severity)
    , value(std::move(value))
    , m_describe(describe)
{ }

QString ValidationIssue::message() const
{
    return m_describe ? m_describe(*this) : field;
}
