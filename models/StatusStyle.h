#pragma once

#include "api/JobStatus.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPalette>

// The colour and icon of a job's state. Colours come in a dark and a light tone; the one with
// the better contrast against the palette's base is used, so the text stays readable on light
// and dark themes alike. Icons are drawn in code and kept by the instance that drew them.
class StatusStyle
{
public:
    // What a row shows beyond its status.
    enum class Mark : quint8 {
        None,
        Stuck,
        Cancelling,
    };

    static QColor color(JobStatus status, Mark mark, const QPalette &palette);
    static QColor color(JobStatus status, Mark mark, bool darkBackground);
    // WCAG 2 contrast ratio, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

    QIcon icon(JobStatus status, Mark mark);

private:
    QHash<int, QIcon> m_icons;
};
