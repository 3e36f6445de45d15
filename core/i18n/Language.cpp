#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace netdesk {

namespace {

// Marks the translators installed here, so that a later call can take them out again.
const QString translatorName = QStringLiteral("netdesk.i18n");

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

void removeInstalled(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(translatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

QStringList uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

bool installLanguage(QCoreApplication& app, const QString& lang, QString* error)
{
    if (!uiLanguages().contains(lang)) {
        setError(error, QStringLiteral("language %1 is not available; allowed: %2")
                            .arg(lang, uiLanguages().join(QStringLiteral(", "))));
        return false;
    }
    auto own = std::make_unique<QTranslator>();
    if (lang != QLatin1String("en") && !own->load(QStringLiteral("netdesk_") + lang, QStringLiteral(":/i18n"))) {
        setError(error,
                 QStringLiteral("the %1 translation is not built into this program (:/i18n/netdesk_%1.qm)").arg(lang));
        return false;
    }
    removeInstalled(app);
    app.setProperty("netdeskLanguage", lang);
    if (lang == QLatin1String("en"))
        return true;

    own->setObjectName(translatorName);
    own->setParent(&app);
    QCoreApplication::installTranslator(own.release());
    // Qt's own strings are a system package (Debian: qt6-translations-l10n); without it Qt's dialog
    // buttons stay English, which is no reason to refuse the language.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt->setObjectName(translatorName);
        qt->setParent(&app);
        QCoreApplication::installTranslator(qt.release());
    }
    return true;
}

QString installedLanguage(const QCoreApplication& app)
{
    const QString lang = app.property("netdeskLanguage").toString();
    return lang.isEmpty() ? QStringLiteral("en") : lang;
}

ScopedLanguage::ScopedLanguage(QCoreApplication& app, const QString& lang)
    : m_app(app)
    , m_previous(installedLanguage(app))
{
    if (lang != m_previous)
        m_switched = installLanguage(m_app, lang);
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_switched)
        installLanguage(m_app, m_previous);
}

} // namespace netdesk
