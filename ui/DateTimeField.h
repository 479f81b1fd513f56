#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;

// An optional RFC 3339 timestamp: a check box that says whether it is sent (the owner lays it
// out, as the row's label), a date-time editor, and the time zone it is written in (UTC, the
// local zone, or a fixed offset). A value loaded from a request goes out exactly as it was
// written until the person changes it, so a clone sends what the job had, even a value the
// editor cannot show.
class DateTimeField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTimeField)

public:
    explicit DateTimeField(QWidget *parent = nullptr);
    ~DateTimeField() override;

    // Absent when the check box is off.
    std::optional<QString> value() const;
    void setValue(const std::optional<QString> &value);

    // The zone choice and the editor's time, kept with a draft even while the box is off.
    QJsonObject uiState() const;
    void restoreUiState(const QJsonObject &state);

    QCheckBox *enableBox() const { return m_enabled; }
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }
    QComboBox *zoneBox() const { return m_zone; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillZones();
    // Selects the zone with this key ("utc", "local", "+09:00"), adding an offset if missing.
    void selectZone(const QString &key);
    QString zoneKey() const;
    QDateTime composed() const;
    void userEdited();
    void updateEnabled();

    QCheckBox *m_enabled;
    QDateTimeEdit *m_edit;
    QComboBox *m_zone;
    QLabel *m_note;
    // The text a request held, sent unchanged until the person edits the value.
    std::optional<QString> m_raw;
    bool m_loading = false;
};
