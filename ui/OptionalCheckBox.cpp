#include "OptionalCheckBox.h"

OptionalCheckBox::OptionalCheckBox(QWidget *parent)
    : QCheckBox(parent)
{
    connect(this, &QCheckBox::clicked, this, [this] {
        m_set = true;
        emit edited();
    });
}

OptionalCheckBox::~OptionalCheckBox() = default;

std::optional<bool> OptionalCheckBox::value() const
{
    return m_set ? std::optional(isChecked()) : std::nullopt;
}

void OptionalCheckBox::setValue(const std::optional<bool> &value, bool defaultValue)
{
    m_set = value.has_value();
    setChecked(value.value_or(defaultValue));
}
