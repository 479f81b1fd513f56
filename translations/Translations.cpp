#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{ }

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_product)
        QCoreApplication::removeTranslator(m_product.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageSwitcher::availableLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString LanguageSwitcher::systemLanguage()
{
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    const QString code = language.isEmpty() ? systemLanguage() : language;
    if (!availableLanguages().contains(code))
        return false;

    auto product = std::make_unique<QTranslator>();
    if (!product->load(QStringLiteral(":/i18n/export-studio_%1.qm").arg(code)))
        return false;
    // Qt's own strings (standard buttons, dialogs); English needs none.
    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    if (m_product)
        QCoreApplication::removeTranslator(m_product.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_product = std::move(product);
    m_qt = std::move(qt);
    // Dates and numbers follow the language, in the user's own region when it speaks it.
    const QLocale::Language lang = code == u"ja" ? QLocale::Japanese : QLocale::English;
    const QLocale system = QLocale::system();
    QLocale::setDefault(
            system.language() == lang
                    ? system
                    : QLocale(lang,
                              lang == QLocale::Japanese ? QLocale::Japan : QLocale::UnitedStates));
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_product.get());

    const bool changed = m_language != code;
    m_language = code;
    if (changed)
        emit languageChanged(code);
    return true;
}
