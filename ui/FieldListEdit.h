#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QMenu;
class QToolButton;

// A comma-separated list of XDM field paths ("identities.id,personalEmail.address"): typed
// entry that completes the entry under the cursor from the common paths, plus a menu that
// appends one. Any path can be typed; the list only helps.
class FieldListEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldListEdit)

public:
    enum class Kind { Profile, Event };

    explicit FieldListEdit(Kind kind, QWidget *parent = nullptr);
    ~FieldListEdit() override;

    QString text() const;
    void setText(const QString &text);
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *addButton() const { return m_add; }

    // The paths offered for profiles and for ExperienceEvents.
    static QStringList commonPaths(Kind kind);

signals:
    void textChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void append(const QString &path);
    void retranslateUi();

    Kind m_kind;
    QLineEdit *m_edit;
    QToolButton *m_add;
    QMenu *m_menu;
    QCompleter *m_completer;
};
