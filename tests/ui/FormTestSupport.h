#pragma once

#include "api/DatasetRequest.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"
#include "emulator/RequestLog.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LocalConnection.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>

// What the GUI tests share: a client signed in to a real local platform, waiting for a call,
// and reading what the platform received.
namespace FormTest {

inline std::unique_ptr<PlatformClient> makeClient(const EmulatorFixture &platform,
                                                  const QString &sandbox = QStringLiteral("prod"))
{
    auto client = std::make_unique<PlatformClient>();
    TestSupport::signIn(*client, platform, sandbox);
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.baseDelay = std::chrono::milliseconds(50);
    policy.maxDelay = std::chrono::milliseconds(200);
    policy.totalBudget = std::chrono::milliseconds(20'000);
    client->setRetryPolicy(policy);
    client->setTimeout(std::chrono::milliseconds(10'000));
    return client;
}

// Starts a call with a callback and waits for it in the event loop.
template<typename T, typename Start>
ApiResult<T> await(Start start, int timeoutMs = 30000)
{
    std::optional<ApiResult<T>> result;
    start([&result](ApiResult<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return ApiError(ApiError::Kind::Timeout, QStringLiteral("the test waited in vain"));
    return std::move(*result);
}

// A profile-export dataset named `name`, created through `client`; empty if that failed.
inline QString createDataset(PlatformClient &client, const QString &name)
{
    const auto id = await<QString>([&](auto done) {
        client.createDataset(DatasetRequest::forProfileExport(name), &client, done);
    });
    return id.isOk() ? id.value() : QString();
}

// The ID of the first segment definition the platform lists; empty if that failed.
inline QString firstSegmentId(PlatformClient &client)
{
    const auto segments = await<Collected<SegmentDefinition>>(
            [&](auto done) { client.listAllSegmentDefinitions({}, &client, done); });
    return segments.isOk() && !segments.value().items.isEmpty() ? segments.value().items.first().id
                                                                : QString();
}

// The requests the platform received for `method` `path`, oldest first.
inline QList<Emulator::RequestLogEntry> requests(const EmulatorFixture &platform,
                                                 const QString &method, const QString &path)
{
    QList<Emulator::RequestLogEntry> found;
    for (const auto &entry : platform.requestLog()) {
        if (entry.method == method && entry.path == path)
            found << entry;
    }
    return found;
}

inline QList<Emulator::RequestLogEntry> jobPosts(const EmulatorFixture &platform)
{
    return requests(platform, QStringLiteral("POST"), QStringLiteral("/data/core/ups/export/jobs"));
}

// Replaces a line edit's text the way a person does: select all, type.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

// Clicks where a person would: on a check box's box and label, not in the empty space a
// layout may have stretched it to.
inline void click(QAbstractButton *button)
{
    QCoreApplication::processEvents();
    QPoint at = button->rect().center();
    if (auto *box = qobject_cast<QCheckBox *>(button)) {
        QStyleOptionButton option;
        option.initFrom(box);
        option.text = box->text();
        at = box->style()->subElementRect(QStyle::SE_CheckBoxClickRect, &option, box).center();
    }
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

} // namespace FormTest

// Driving the export job dialog -------------------------------------------------------------

#include "ui/DateTimeField.h"
#include "ui/ExportJobDialog.h"
#include "ui/ExportJobForm.h"
#include "ui/LoadState.h"
#include "ui/SegmentPickerDialog.h"
#include "ui/SegmentsEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QTimer>

namespace FormTest {

inline bool choicesLoaded(const ExportJobDialog &dialog)
{
    const ExportJobForm *form = dialog.form();
    return form->datasetLoadState()->state() == LoadState::State::Loaded
            && form->mergePolicyLoadState()->state() == LoadState::State::Loaded
            && form->segments()->loadState()->state() == LoadState::State::Loaded;
}

// Opens the segment picker, searches, and adds the first segment found with the keyboard
// (Down, Enter). Returns the name of the segment the picker added, or an empty string.
inline QString pickSegment(ExportJobDialog &dialog, const QString &search)
{
    QString picked;
    // Looks for the picker until it shows: click() lets events through before it clicks, so a
    // one-shot look could come before the picker exists.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&poll, &picked, search] {
        auto *picker = qobject_cast<SegmentPickerDialog *>(QApplication::activeModalWidget());
        if (!picker || !picker->isVisible())
            return;
        poll.stop();
        QTest::keyClicks(picker->searchEdit(), search);
        QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
        if (!picker->selected().isEmpty())
            picked = picker->selected().first().name.value_or(QString());
        QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
        if (picker->isVisible())
            picker->reject(); // the test fails on the empty name, not on a hung picker
    });
    poll.start();
    click(dialog.form()->segments()->pickButton());
    return picked;
}

// Turns the field on and types the date and time section by section, then picks the zone.
inline void typeDateTime(DateTimeField *field, const QDateTime &wall, const QString &zone)
{
    if (!field->enableBox()->isChecked())
        click(field->enableBox());
    QDateTimeEdit *edit = field->dateTimeEdit();
    edit->setFocus();
    // The day goes to 01 first, so no month in between is too short for it.
    const QList<QPair<QDateTimeEdit::Section, QString>> sections{
            {QDateTimeEdit::DaySection, QStringLiteral("01")},
            {QDateTimeEdit::YearSection, wall.toString(QStringLiteral("yyyy"))},
            {QDateTimeEdit::MonthSection, wall.toString(QStringLiteral("MM"))},
            {QDateTimeEdit::DaySection, wall.toString(QStringLiteral("dd"))},
            {QDateTimeEdit::HourSection, wall.toString(QStringLiteral("HH"))},
            {QDateTimeEdit::MinuteSection, wall.toString(QStringLiteral("mm"))},
            {QDateTimeEdit::SecondSection, wall.toString(QStringLiteral("ss"))}};
    for (const auto &[section, text] : sections) {
        edit->setSelectedSection(section);
        QTest::keyClicks(edit, text);
    }
    QComboBox *zones = field->zoneBox();
    zones->setCurrentIndex(zones->findData(zone));
}

} // namespace FormTest
