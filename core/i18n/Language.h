#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace netdesk {

// The languages of the user interface: "en", the language of the sources, then one for each
// translations/netdesk_<lang>.ts (embedded as :/i18n/netdesk_<lang>.qm; keep the two in step).
QStringList uiLanguages();

// Installs the user-interface translation for `lang` into `app`, and Qt's own strings (dialog
// buttons, context menus) from qtbase_<lang>.qm in Qt's translations folder when that is installed.
// A language installed before is replaced; "en" installs nothing. False, with `error` naming the
// allowed languages, for an unknown language or a translation missing from the program (a program
// that does not link netdesk_translations).
bool installLanguage(QCoreApplication& app, const QString& lang, QString* error = nullptr);

// The language installLanguage last installed ("en" when none was).
QString installedLanguage(const QCoreApplication& app);

// For the lifetime of this object, tr() answers in `lang` (a printout in another language than the
// screen's); the screen's language comes back when it ends. Unknown languages change nothing.
class ScopedLanguage final
{
public:
    ScopedLanguage(QCoreApplication& app, const QString& lang);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QCoreApplication& m_app;
    QString m_previous;
    bool m_switched = false;
};

} // namespace netdesk
