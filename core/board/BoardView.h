#pragma once

#include "core/Result.h"
#include "core/registry/Board.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk {

class Database;

// What the tumour board sees of one case: anonymous by construction. The struct has no field for a
// name, record number, birth date or date of assessment; the patient appears as "Case N" with sex and
// a five-year age band on the meeting date. Built from the stored case and plan of the assessment
// presented; identity fields of the stored case are never read.
struct BoardCaseView
{
    int number = 0; // place on the agenda
    int total = 0;
    QString sex;     // F, M, X (other) or ? (unknown)
    QString ageBand; // "60–64", "90 or over", or "?" without a birth date

    QString category;
    QString grade;
    QStringList basis;

    QString primarySite;
    QString functionalSyndrome;
    bool uncontrolledSyndrome = false;
    QString differentiation;
    std::optional<double> ki67;
    QStringList metastaticSites;
    std::optional<int> liverLesions;
    std::optional<double> largestLiverLesionCm;
    std::optional<double> liverInvolvementPercent;
    std::optional<double> resectableFraction;
    int ecog = 0;
    QString diseaseStatus;
    QString sstrImaging;
    QStringList priorTherapies;
    QStringList priorSurgery;

    struct Recommendation
    {
        QString therapy; // code
        QString name;
        QString role;
        QString strength;
        QString review;
    };
    QList<Recommendation> recommendations;
    QStringList avoid;    // "Name: reason"
    QList<QPair<QString, QString>> warnings; // severity, message
    QStringList prognosis;                   // adverse factor labels

    QString status = QStringLiteral("pending"); // pending | discussed | deferred
    QString decision; // screened: identifiers of the agenda's patients masked
    QStringList chosen;

    QString heading() const; // "Case 3 · F · 60–64"
};

// The agenda of a meeting as anonymous case views, in agenda order.
Result<QList<BoardCaseView>> anonymousAgenda(Database& db, const BoardMeeting& meeting);

// Five-year band of the age on `on` ("60–64"), one top band "90 or over" (such ages identify);
// "?" when the birth date is unknown.
QString ageBand(const QDate& birthDate, const QDate& on);

} // namespace netdesk
