#pragma once

#include <QStringList>

// `netdesk-cli registry ...`: the registry on the command line (JSON with --format json).
int runRegistryCommand(const QStringList& args);
