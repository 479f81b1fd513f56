#pragma once

#include "models/PhaseSpan.h"

#include <QColor>
#include <QPalette>

class QChart;

// Colours of the charts, taken from the widget's palette so that a chart reads well on light
// and dark themes: text and grid follow the palette, and each series picks the tone of its pair
// that stands out against the background.
namespace ChartStyle {

bool isDark(const QPalette &palette);
// The background the chart is drawn on.
QColor background(const QPalette &palette);
// A phase bar, at least 3:1 against background() (WCAG for graphical objects).
QColor phaseColor(PhaseSpan::Phase phase, const QPalette &palette);
// Transparent background, palette text for labels, titles and legend, a soft grid.
void apply(QChart *chart, const QPalette &palette);

} // namespace ChartStyle
