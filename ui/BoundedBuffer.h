#pragma once

#include <QByteArray>
#include <QIODevice>

// A write-only sink that keeps the first `limit` bytes of a download and drops the rest. It
// never refuses a write, so the download does not fail; filled() tells the owner to stop it.
class BoundedBuffer final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedBuffer)

public:
    explicit BoundedBuffer(qint64 limit, QObject *parent = nullptr);

    const QByteArray &data() const { return m_data; }
    qint64 limit() const { return m_limit; }
    bool isFull() const { return m_data.size() >= m_limit; }
    bool isSequential() const override { return true; }

signals:
    // Once, when the limit is reached.
    void filled();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_data;
    qint64 m_limit;
};
