#pragma once

#include <QStringList>

namespace netdesk::cli {

// netdesk-cli report: the patient or professional printout of a case file or of a registry
// patient's latest assessment, as PDF. Needs a QGuiApplication (fonts); main() makes one.
int runReportCommand(const QStringList& args);

} // namespace netdesk::cli
