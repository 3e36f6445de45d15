#pragma once

#include "core/Result.h"
#include "core/registry/Board.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk {

class Database;
class Registry;

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
    QString question; // what the board is asked (free text typed by the team)

    // The course (filled by the Registry overload of anonymousAgenda). Dates are clinical dates or
    // positions relative to the meeting date; no birth date, name or record number.
    QDate assessmentDate; // of the assessment presented
    int planAgeDays = 0;  // from that assessment to the meeting
    int planAgeMonths = 0;
    QStringList changes; // what changed since the plan: the review flags' texts

    struct Line
    {
        QString therapy; // code
        QString name;
        int startDay = 0; // days relative to the meeting (negative: before)
        int startMonths = 0;
        std::optional<int> stopDay;
        std::optional<int> stopMonths;
        QString stopReason; // code (progression ...)
        QString bestResponse;
    };
    QList<Line> lines; // by start

    struct MarkerPoint
    {
        int day = 0; // relative to the meeting
        double value = 0;
        QString unit;
        std::optional<double> uln;
    };
    struct MarkerSeries
    {
        QString test; // CGA, 5HIAA, NTPROBNP
        QString label;
        QList<MarkerPoint> points; // by date
    };
    QList<MarkerSeries> markers;
    struct ImagingPoint
    {
        int day = 0;
        QString recist; // CR, PR, SD, PD, NE; CR/PR for a first-vocabulary "response"
    };
    QList<ImagingPoint> imaging;

    QString heading() const; // "Case 3 · F · 60–64"
};

// The agenda of a meeting as anonymous case views, in agenda order.
Result<QList<BoardCaseView>> anonymousAgenda(Database& db, const BoardMeeting& meeting);
// The same with the course: assessment date and plan age, what changed since (review flags worded in
// `language`), therapy lines, marker series and imaging, all relative to the meeting date.
Result<QList<BoardCaseView>> anonymousAgenda(Registry& registry, const BoardMeeting& meeting,
                                             const QString& language = QStringLiteral("en"));

// Five-year band of the age on `on` ("60–64"), one top band "90 or over" (such ages identify);
// "?" when the birth date is unknown.
QString ageBand(const QDate& birthDate, const QDate& on);

} // namespace netdesk
