#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap draw(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    // A table of rows leaving through an arrow: profiles going out.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0xa8));
    painter.drawRoundedRect(QRectF(0, 0, s, s), s * 0.18, s * 0.18);
    painter.setBrush(QColor(0xff, 0xff, 0xff, 0xe0));
    for (int i = 0; i < 3; ++i)
        painter.drawRoundedRect(QRectF(s * 0.16, s * (0.22 + 0.2 * i), s * 0.38, s * 0.11),
                                s * 0.03, s * 0.03);
    QPainterPath arrow;
    arrow.moveTo(s * 0.60, s * 0.40);
    arrow.lineTo(s * 0.72, s * 0.40);
    arrow.lineTo(s * 0.72, s * 0.28);
    arrow.lineTo(s * 0.88, s * 0.50);
    arrow.lineTo(s * 0.72, s * 0.72);
    arrow.lineTo(s * 0.72, s * 0.60);
    arrow.lineTo(s * 0.60, s * 0.60);
    arrow.closeSubpath();
    painter.setBrush(QColor(0xff, 0xc1, 0x07));
    painter.drawPath(arrow);
    return pixmap;
}

} // namespace

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size));
    return icon;
}
