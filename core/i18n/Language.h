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

} // namespace netdesk
