#include "StatusStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace {

struct Tones
{
    QRgb onLight;
    QRgb onDark;
};

// Each pair holds at least 4.5:1 against white and near-white (light tone) and against the
// usual dark bases #1e1e1e..#353535 (dark tone).
Tones tones(JobStatus status, StatusStyle::Mark mark)
{
    if (mark == StatusStyle::Mark::Stuck)
        return {0xffa14c00, 0xffffb35c};
    if (mark == StatusStyle::Mark::Cancelling)
        return {0xff5f5f5f, 0xffb8b8b8};
    switch (status) {
    case JobStatus::New:
    case JobStatus::Processing:
        return {0xff1459ad, 0xff7cbcff};
    case JobStatus::Succeeded:
        return {0xff1b6e30, 0xff7bd88f};
    case JobStatus::Failed:
        return {0xffb71c1c, 0xffff8a80};
    case JobStatus::Cancelled:
        return {0xff5f5f5f, 0xffb8b8b8};
    case JobStatus::Unknown:
        break;
    }
    return {0xff7a4f00, 0xffe6b450};
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF());
}

// The glyph inside the disc, in a 16-unit square.
void drawGlyph(QPainter &p, JobStatus status, StatusStyle::Mark mark)
{
    QPen pen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (mark == StatusStyle::Mark::Stuck) {
        p.drawLine(QPointF(8, 4), QPointF(8, 9));
        p.drawPoint(QPointF(8, 12));
        return;
    }
    if (mark == StatusStyle::Mark::Cancelling) {
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
        return;
    }
    switch (status) {
    case JobStatus::Succeeded: {
        QPainterPath tick;
        tick.moveTo(4.5, 8.5);
        tick.lineTo(7, 11);
        tick.lineTo(11.5, 5.5);
        p.drawPath(tick);
        return;
    }
    case JobStatus::Failed:
        p.drawLine(QPointF(5.5, 5.5), QPointF(10.5, 10.5));
        p.drawLine(QPointF(10.5, 5.5), QPointF(5.5, 10.5));
        return;
    case JobStatus::Cancelled:
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
        return;
    case JobStatus::Processing:
        // A clock hand: work under way.
        p.drawLine(QPointF(8, 8), QPointF(8, 4.5));
        p.drawLine(QPointF(8, 8), QPointF(10.5, 9.5));
        return;
    case JobStatus::New:
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(8, 8), 2, 2);
        return;
    case JobStatus::Unknown:
        break;
    }
    p.drawArc(QRectF(5.5, 3.5, 5, 5), 180 * 16, -230 * 16);
    p.drawLine(QPointF(8, 8.8), QPointF(8, 10));
    p.drawPoint(QPointF(8, 12.5));
}

QPixmap drawIcon(JobStatus status, StatusStyle::Mark mark, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    // The mid tone between both: an icon sits on its own disc, readable on any base.
    const Tones t = tones(status, mark);
    const QColor light = QColor::fromRgb(t.onLight);
    p.setPen(Qt::NoPen);
    p.setBrush(light);
    p.drawEllipse(QRectF(1, 1, 14, 14));
    drawGlyph(p, status, mark);
    return pixmap;
}

} // namespace

QColor StatusStyle::color(JobStatus status, Mark mark, bool darkBackground)
{
    const Tones t = tones(status, mark);
    return QColor::fromRgb(darkBackground ? t.onDark : t.onLight);
}

QColor StatusStyle::color(JobStatus status, Mark mark, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor onLight = color(status, mark, false);
    const QColor onDark = color(status, mark, true);
    return contrast(onLight, base) >= contrast(onDark, base) ? onLight : onDark;
}

double StatusStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QIcon StatusStyle::icon(JobStatus status, Mark mark)
{
    const int key = int(status) * 4 + int(mark);
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawIcon(status, mark, size));
    m_icons.insert(key, icon);
    return icon;
}
