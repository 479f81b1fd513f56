#include "api/Rfc3339.h"

#include "emulator/Rfc3339.h"
#include "tests/fuzz/FuzzChecks.h"

#include <QDateTime>

#include <cstring>

namespace {

qint64 readInt64(const QByteArray &bytes, qsizetype at)
{
    qint64 value = 0;
    if (at + qsizetype(sizeof value) <= bytes.size())
        std::memcpy(&value, bytes.constData() + at, sizeof value);
    return value;
}

} // namespace

// RFC 3339 both ways. Whatever parses formats to text that parses to the same instant and
// offset; every date-time of years 1..9999 with a whole-minute offset survives format and
// parse; and where the client's and the emulator's parsers both accept a text, they agree on
// the instant.
FUZZ_TARGET(rfc3339)
{
    const QString text = QString::fromUtf8(input);
    const auto parsed = Rfc3339::parse(text);
    FUZZ_EXPECT(Rfc3339::isValid(text) == parsed.has_value());
    if (parsed) {
        FUZZ_EXPECT(parsed->isValid());
        const QString written = Rfc3339::format(*parsed);
        const auto again = Rfc3339::parse(written);
        FUZZ_EXPECT_DETAIL(again.has_value(), text + u" wrote " + written);
        FUZZ_EXPECT_DETAIL(*again == *parsed, text + u" wrote " + written);
        FUZZ_EXPECT(again->offsetFromUtc() == parsed->offsetFromUtc());

        // A leap second is kept in its minute by the client and rolled over by the emulator.
        const bool leapSecond = text.size() > 18 && text.mid(17, 2) == u"60";
        if (const auto emulatorMs = Emulator::Rfc3339::parse(text); emulatorMs && !leapSecond)
            FUZZ_EXPECT_DETAIL(*emulatorMs == parsed->toMSecsSinceEpoch(), text);
    }

    // A date-time built from the raw bytes: years 1..9999, an offset of whole minutes.
    if (input.size() >= 10) {
        const qint64 first = QDateTime(QDate(1, 1, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 last
                = QDateTime(QDate(9999, 12, 30), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const quint64 span = quint64(last - first);
        const qint64 ms = first + qint64(quint64(readInt64(input, 0)) % span);
        const int offsetMinutes
                = int((quint8(input[8]) << 8 | quint8(input[9])) % (2 * 1439 + 1)) - 1439;
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QDateTime dateTime
                = offsetMinutes == 0 ? utc : utc.toOffsetFromUtc(offsetMinutes * 60);
        const QString written = Rfc3339::format(dateTime);
        const auto back = Rfc3339::parse(written);
        FUZZ_EXPECT_DETAIL(back.has_value(), written);
        FUZZ_EXPECT_DETAIL(back->toMSecsSinceEpoch() == ms, written);
        FUZZ_EXPECT_DETAIL(back->offsetFromUtc() == offsetMinutes * 60, written);

        const QByteArray emulatorText = Emulator::Rfc3339::formatUtc(ms);
        FUZZ_EXPECT_DETAIL(Emulator::Rfc3339::parse(QString::fromLatin1(emulatorText)) == ms,
                           emulatorText);
        const auto clientReads = Rfc3339::parse(QString::fromLatin1(emulatorText));
        FUZZ_EXPECT_DETAIL(clientReads && clientReads->toMSecsSinceEpoch() == ms, emulatorText);
    }
}
