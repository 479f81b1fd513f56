#pragma once

#include <QCheckBox>

#include <optional>

// A yes/no option of a request that may also be left out: it is sent once the person has
// clicked it or a loaded request had it, and left out (the platform's default) otherwise.
class OptionalCheckBox final : public QCheckBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalCheckBox)

public:
    explicit OptionalCheckBox(QWidget *parent = nullptr);
    ~OptionalCheckBox() override;

    std::optional<bool> value() const;
    // nullopt: unset, showing `defaultValue`.
    void setValue(const std::optional<bool> &value, bool defaultValue = false);
    bool isSet() const { return m_set; }

signals:
    // By a click or a key, not by setValue().
    void edited();

private:
    bool m_set = false;
};
