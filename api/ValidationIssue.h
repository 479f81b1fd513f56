#pragma once

#include <QString>

// One problem with a request a form or a file holds, placed by its field path so the form can
// show it beside the field. Requests report every problem at once, as a list of these.
class ValidationIssue
{
public:
    enum class Rule {
        Missing, // a required value is absent
        WrongType, // a value of the wrong JSON type (a request read from a file)
        Blank, // empty or only whitespace
        ContainsWhitespace,
        EmptyList,
        UnknownValue, // e.g. a segment status other than realized, existing, exited
        Duplicate,
        NotRfc3339,
        StartAfterEnd, // the end of a range lies before its start
        NotFieldList, // not a comma-separated list of dot paths
        OutOfRange,
        SegmentPerBatchWithoutSegments,
        NotUri,
        NotUnionSchema,
    };
    enum class Severity {
        Error, // the platform would refuse the request or the export would fail
        Warning, // legal, but probably not what was meant
    };
    // Writes the message; the owning request type gives its own, in its translation context.
    using Describe = QString (*)(const ValidationIssue &issue);

    ValidationIssue() = default;
    ValidationIssue(Describe describe, QString field, Rule rule, int index = -1,
                    Severity severity = Severity::Error, QString value = {});

    QString field; // "destination.datasetId", "filter.segments[1].status"
    Rule rule = Rule::Missing;
    int index = -1; // the row of a list (the 1 of segments[1]); -1 if none
    Severity severity = Severity::Error;
    QString value; // the offending text, or the other field of a range; shown in the message

    bool isError() const { return severity == Severity::Error; }
    // Names the field and the problem, translated now: call it again after a language change.
    QString message() const;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;

private:
    Describe m_describe = nullptr;
};
