#include "ChartStyle.h"

#include "models/StatusStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace ChartStyle {

bool isDark(const QPalette &palette)
{
    return background(palette).lightnessF() < 0.5;
}

QColor background(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Base);
}

QColor phaseColor(PhaseSpan::Phase phase, const QPalette &palette)
{
    // Each pair: a tone for light backgrounds and one for dark ones.
    struct Pair
    {
        QRgb onLight;
        QRgb onDark;
    };
    Pair pair{0xff8a8f98, 0xff9aa0aa};
    switch (phase) {
    case PhaseSpan::Phase::QueueWait:
        pair = {0xffb26a00, 0xffffb74d};
        break;
    case PhaseSpan::Phase::ProfileExport:
        pair = {0xff1565c0, 0xff64b5f6};
        break;
    case PhaseSpan::Phase::DatasetWrite:
        pair = {0xff2e7d32, 0xff81c784};
        break;
    case PhaseSpan::Phase::Total:
        pair = {0xff6b7280, 0xffa3a9b3};
        break;
    }
    const QColor base = background(palette);
    const QColor light = QColor::fromRgb(pair.onLight);
    const QColor dark = QColor::fromRgb(pair.onDark);
    return StatusStyle::contrast(light, base) >= StatusStyle::contrast(dark, base) ? light : dark;
}

void apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18f);
    QColor line = text;
    line.setAlphaF(0.45f);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

} // namespace ChartStyle
