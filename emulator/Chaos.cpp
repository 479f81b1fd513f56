#include "Chaos.h"

#include <QStringList>

namespace Emulator {

namespace {

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    double value = 0;
    if (text.endsWith(u'%'))
        value = text.chopped(1).toDouble(&ok) / 100.0;
    else
        value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return false;
    *rate = value;
    return true;
}

} // namespace

QString ChaosSettings::parse(const QString &spec, ChaosSettings *settings)
{
    ChaosSettings result;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return QStringLiteral("'%1' is not of the form kind=rate").arg(item);
        const QString kind = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        if (kind == u"seed") {
            bool ok = false;
            result.seed = value.toULongLong(&ok);
            if (!ok)
                return QStringLiteral("seed '%1' is not a whole number").arg(value);
            continue;
        }
        const QString rateText = value.section(u':', 0, 0);
        const QString extraText = value.section(u':', 1);
        double rate = 0;
        if (!parseRate(rateText, &rate))
            return QStringLiteral("the rate of '%1' must be between 0 and 1 (or 0%..100%)")
                    .arg(kind);
        int extra = -1;
        if (!extraText.isEmpty()) {
            bool ok = false;
            extra = extraText.toInt(&ok);
            if (!ok || extra < 0)
                return QStringLiteral("'%1' in '%2' is not a whole number").arg(extraText, item);
        }
        if (kind == u"fail") {
            result.jobFailureRate = rate;
        } else if (kind == u"429") {
            result.tooManyRequestsRate = rate;
            if (extra >= 0)
                result.retryAfterSeconds = extra;
        } else if (kind == u"5xx") {
            result.serverErrorRate = rate;
        } else if (kind == u"slow") {
            result.slowRate = rate;
            if (extra >= 0)
                result.slowMs = extra;
        } else if (kind == u"drop") {
            result.dropRate = rate;
        } else {
            return QStringLiteral("unknown chaos kind '%1' (fail, 429, 5xx, slow, drop, seed)")
                    .arg(kind);
        }
        if (extra >= 0 && kind != u"429" && kind != u"slow")
            return QStringLiteral("'%1' takes no ':' value").arg(kind);
    }
    if (result.tooManyRequestsRate + result.serverErrorRate + result.dropRate > 1.0)
        return QStringLiteral("the rates of 429, 5xx and drop add up to more than 1");
    *settings = result;
    return QString();
}

QString ChaosSettings::toString() const
{
    QStringList parts;
    if (jobFailureRate > 0)
        parts << QStringLiteral("fail=%1").arg(jobFailureRate);
    if (tooManyRequestsRate > 0)
        parts << QStringLiteral("429=%1:%2").arg(tooManyRequestsRate).arg(retryAfterSeconds);
    if (serverErrorRate > 0)
        parts << QStringLiteral("5xx=%1").arg(serverErrorRate);
    if (slowRate > 0)
        parts << QStringLiteral("slow=%1:%2").arg(slowRate).arg(slowMs);
    if (dropRate > 0)
        parts << QStringLiteral("drop=%1").arg(dropRate);
    if (!parts.isEmpty())
        parts << QStringLiteral("seed=%1").arg(seed);
    return parts.join(u',');
}

bool ChaosSettings::isQuiet() const
{
    return jobFailureRate <= 0 && tooManyRequestsRate <= 0 && serverErrorRate <= 0 && slowRate <= 0
            && dropRate <= 0;
}

Chaos::Chaos()
    : m_random(0)
{ }

void Chaos::setSettings(const ChaosSettings &settings)
{
    QMutexLocker locker(&m_mutex);
    m_settings = settings;
    m_random.seed(settings.seed);
}

ChaosSettings Chaos::settings() const
{
    QMutexLocker locker(&m_mutex);
    return m_settings;
}

Chaos::Decision Chaos::decideRequest()
{
    QMutexLocker locker(&m_mutex);
    Decision decision;
    if (m_settings.isQuiet())
        return decision;
    const double roll = m_random.generateDouble();
    const double slowRoll = m_random.generateDouble();
    const quint64 pick = m_random.generate();
    double edge = m_settings.dropRate;
    if (roll < edge) {
        decision.action = Action::Drop;
    } else if (roll < (edge += m_settings.tooManyRequestsRate)) {
        decision.action = Action::TooManyRequests;
        decision.status = 429;
        decision.retryAfterSeconds = m_settings.retryAfterSeconds;
    } else if (roll < (edge += m_settings.serverErrorRate)) {
        static constexpr int statuses[] = {500, 502, 503, 504};
        decision.action = Action::ServerError;
        decision.status = statuses[pick % 4];
        if (decision.status == 503)
            decision.retryAfterSeconds = m_settings.retryAfterSeconds;
    }
    if (slowRoll < m_settings.slowRate)
        decision.delayMs = m_settings.slowMs;
    return decision;
}

bool Chaos::decideJobFailure()
{
    QMutexLocker locker(&m_mutex);
    if (m_settings.jobFailureRate <= 0)
        return false;
    return m_random.generateDouble() < m_settings.jobFailureRate;
}

} // namespace Emulator
