#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace netdesk::registry {

// Wrong input (not a system failure): the CLI exits 2 and nothing is stored.
inline Problem input(const QString& where, const QString& message)
{
    return {where, message, false};
}

// A strict YYYY-MM-DD date, not after `today`; a problem naming `field` otherwise.
std::optional<QDate> parseDate(const QString& text, const QString& field, const QDate& today, Problems& problems);

} // namespace netdesk::registry
