#pragma once

// Screening of free text typed by a person (decisions, meeting titles, attendee notes) before it
// appears in anything anonymous: the identifiers of the agenda's patients are found and masked.
// Widget-free, so the GUI can warn at entry with the same function the printouts mask with.
#include "core/Result.h"
#include "core/registry/Board.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace netdesk {

class Database;

struct PatientIdentifiers
{
    QString familyName;
    QString givenName;
    QString recordNumber;
    QList<QDate> dates; // birth date, dates of the assessment presented
};

struct ScreenedText
{
    QString masked;    // the text with each identifier replaced by "[name]", "[record number]", "[date]"
    QStringList found; // what was found, in words ("family name", "record number", "date"), once each
    bool clean() const { return found.isEmpty(); }
};

// Finds every identifier of `patients` in `text`: names whole-word, in any case, with or without
// accents (Müller, MULLER, Mueller), record numbers with or without separators (ZQX-48213,
// zqx48213) and their digits alone, dates in the usual numeric and written forms (1921-03-04,
// 4.3.1921, 03/04/1921, 4 March 1921, 4. März 1921).
ScreenedText screenFreeText(const QString& text, const QList<PatientIdentifiers>& patients);

// The identifiers of the patients on a meeting's agenda (names, record number, birth date, the date
// of the assessment presented).
Result<QList<PatientIdentifiers>> agendaIdentifiers(Database& db, const BoardMeeting& meeting);

} // namespace netdesk
