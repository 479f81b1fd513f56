#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

#include <memory>

// Installs the product's and Qt's own translations for one language at a time. Installing a
// translator sends QEvent::LanguageChange to every widget, which then retranslates itself.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // "ja" or "en"; an empty string follows the system locale. Returns false, and changes
    // nothing, for a language the product has no translation for.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

    static QStringList availableLanguages();
    // The product language that best matches the system locale ("en" when none does).
    static QString systemLanguage();

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_product;
    std::unique_ptr<QTranslator> m_qt;
};
