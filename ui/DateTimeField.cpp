#include "DateTimeField.h"

#include "api/Rfc3339.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {

const QString kUtc = u"utc"_s;
const QString kLocal = u"local"_s;
const QString kEditFormat = u"yyyy-MM-dd HH:mm:ss"_s;

// The offsets in use around the world, in minutes.
constexpr int kOffsets[]
        = {-720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180, -120,
           -60,  60,   120,  180,  210,  240,  270,  300,  330,  345,  360,  390,  420,
           480,  525,  540,  570,  600,  630,  660,  720,  765,  780,  825,  840};

QString offsetKey(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QString(seconds < 0 ? u'-' : u'+')
            + u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0'))
                      .arg(minutes % 60, 2, 10, QChar(u'0'));
}

// Seconds east of UTC of an offset key; nullopt for "utc" and "local".
std::optional<int> offsetSeconds(const QString &key)
{
    if (key.size() != 6 || (key[0] != u'+' && key[0] != u'-') || key[3] != u':')
        return std::nullopt;
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = key.mid(1, 2).toInt(&hoursOk);
    const int minutes = key.mid(4, 2).toInt(&minutesOk);
    if (!hoursOk || !minutesOk)
        return std::nullopt;
    return (hours * 60 + minutes) * 60 * (key[0] == u'-' ? -1 : 1);
}

QString offsetLabel(const QString &key)
{
    // A real minus sign reads better than a hyphen next to digits.
    return u"UTC"_s + QString(key).replace(0, 1, key[0] == u'-' ? u"\u2212"_s : u"+"_s);
}

} // namespace

DateTimeField::DateTimeField(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(this))
    , m_edit(new QDateTimeEdit(this))
    , m_zone(new QComboBox(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_zone, 0, 1);
    layout->setColumnStretch(2, 1);
    layout->addWidget(m_note, 1, 0, 1, 3);

    m_edit->setDisplayFormat(kEditFormat);
    m_edit->setTimeSpec(Qt::UTC); // a wall-clock time; the zone box says where
    m_edit->setCalendarPopup(true);
    m_edit->setDateTime(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    fillZones();
    selectZone(kUtc);

    connect(m_enabled, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!m_loading)
            emit changed();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateTimeField::userEdited);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &DateTimeField::userEdited);
    updateEnabled();
    retranslateUi();
}

DateTimeField::~DateTimeField() = default;

void DateTimeField::fillZones()
{
    const QSignalBlocker block(m_zone);
    const QString current = zoneKey();
    m_zone->clear();
    m_zone->addItem(QString(), kUtc);
    m_zone->addItem(QString(), kLocal);
    for (const int minutes : kOffsets) {
        const QString key = offsetKey(minutes * 60);
        m_zone->addItem(offsetLabel(key), key);
    }
    if (!current.isEmpty())
        selectZone(current);
}

void DateTimeField::selectZone(const QString &key)
{
    int index = m_zone->findData(key);
    if (index < 0) {
        const auto seconds = offsetSeconds(key);
        if (!seconds)
            return;
        // Keep the list in order of offset.
        index = 2;
        while (index < m_zone->count()
               && offsetSeconds(m_zone->itemData(index).toString()).value_or(0) < *seconds)
            ++index;
        m_zone->insertItem(index, offsetLabel(key), key);
    }
    m_zone->setCurrentIndex(index);
}

QString DateTimeField::zoneKey() const
{
    return m_zone->currentData().toString();
}

QDateTime DateTimeField::composed() const
{
    const QDateTime wall = m_edit->dateTime();
    const QString key = zoneKey();
    if (key == kLocal) {
        const QDateTime local(wall.date(), wall.time(), Qt::LocalTime);
        return local.toOffsetFromUtc(local.offsetFromUtc());
    }
    if (const auto seconds = offsetSeconds(key))
        return QDateTime(wall.date(), wall.time(), Qt::OffsetFromUTC, *seconds);
    return QDateTime(wall.date(), wall.time(), Qt::UTC);
}

std::optional<QString> DateTimeField::value() const
{
    if (!m_enabled->isChecked())
        return std::nullopt;
    if (m_raw)
        return m_raw;
    return Rfc3339::format(composed());
}

void DateTimeField::setValue(const std::optional<QString> &value)
{
    m_loading = true;
    {
        const QSignalBlocker blockEdit(m_edit);
        const QSignalBlocker blockZone(m_zone);
        m_raw = value;
        if (value) {
            if (const auto parsed = Rfc3339::parse(*value)) {
                const int offset = parsed->offsetFromUtc();
                selectZone(offset == 0 ? kUtc : offsetKey(offset));
                const QDateTime wall = parsed->toOffsetFromUtc(offset);
                m_edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
            }
        }
    }
    m_enabled->setChecked(value.has_value());
    updateEnabled();
    retranslateUi();
    m_loading = false;
}

void DateTimeField::userEdited()
{
    if (m_loading)
        return;
    m_raw.reset();
    retranslateUi();
    emit changed();
}

void DateTimeField::updateEnabled()
{
    m_edit->setEnabled(m_enabled->isChecked() && m_enabled->isEnabled());
    m_zone->setEnabled(m_enabled->isChecked() && m_enabled->isEnabled());
}

QJsonObject DateTimeField::uiState() const
{
    return QJsonObject{{u"zone"_s, zoneKey()},
                       {u"time"_s, m_edit->dateTime().toString(u"yyyy-MM-ddTHH:mm:ss"_s)}};
}

void DateTimeField::restoreUiState(const QJsonObject &state)
{
    const QSignalBlocker blockEdit(m_edit);
    const QSignalBlocker blockZone(m_zone);
    const QString zone = state.value(u"zone").toString();
    const QDateTime wall
            = QDateTime::fromString(state.value(u"time").toString(), u"yyyy-MM-ddTHH:mm:ss"_s);
    if (!m_enabled->isChecked()) {
        if (!zone.isEmpty())
            selectZone(zone);
        if (wall.isValid())
            m_edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
        return;
    }
    // The local zone goes out as an offset: choose "local" again where it gives that offset.
    const QDateTime shown = m_edit->dateTime();
    const QDateTime local(shown.date(), shown.time(), Qt::LocalTime);
    if (zone == kLocal && offsetSeconds(zoneKey()).value_or(0) == local.offsetFromUtc())
        selectZone(kLocal);
}

void DateTimeField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateTimeField::retranslateUi()
{
    m_zone->setItemText(0, tr("UTC"));
    const int localOffset = QDateTime::currentDateTime().offsetFromUtc();
    m_zone->setItemText(1, tr("Local time (%1)").arg(offsetLabel(offsetKey(localOffset))));
    m_zone->setToolTip(tr("The time zone the date and time are written in; the request carries "
                          "it as an offset from UTC."));
    m_edit->setToolTip(tr("Date and time, in the zone chosen beside it."));
    const bool showRaw = m_raw && m_enabled->isChecked();
    if (showRaw && !Rfc3339::isValid(*m_raw)) {
        m_note->setText(tr("Received as “%1”, which is not an RFC 3339 date and time. Change "
                           "the value to replace it.")
                                .arg(*m_raw));
    } else {
        m_note->clear();
    }
    m_note->setVisible(!m_note->text().isEmpty());
}
