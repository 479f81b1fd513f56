#pragma once

#include <QObject>
#include <QPointer>

// The running side of a call, owned by the client. Composite operations (listing every page,
// a download) implement it too, so one handle cancels whatever is in flight.
class ApiCallControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Stops the call. Its callback then receives ApiError::Kind::Cancelled, later, from the
    // event loop, unless its context is gone; nothing happens once the call has finished.
    virtual void cancel() = 0;

    bool isFinished() const { return m_finished; }

protected:
    // Called once the callback has run or been dropped; the control deletes itself later.
    void markFinished() { m_finished = true; }

private:
    bool m_finished = false;
};

// A handle to one call: cheap to copy, safe to keep after the call has ended.
class ApiCall
{
public:
    ApiCall() = default;
    explicit ApiCall(ApiCallControl *control)
        : m_control(control)
    { }

    void cancel() const
    {
        if (m_control)
            m_control->cancel();
    }
    // True from the start until the callback has run or the call has been cancelled.
    bool isRunning() const { return m_control && !m_control->isFinished(); }

private:
    QPointer<ApiCallControl> m_control;
};
