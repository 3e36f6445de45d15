#pragma once

#include "core/followup/Clock.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/guideline/Plan.h"
#include "core/registry/Board.h"
#include "core/registry/CourseReview.h"
#include "core/registry/Database.h"
#include "core/registry/Records.h"

#include <QMap>

namespace netdesk {

struct NewPatient
{
    QString recordNumber;
    QString familyName;
    QString givenName;
    QString birthDate; // YYYY-MM-DD or empty
    QString sex;       // empty: unknown
};

// A correction of a registered patient's identity: the fields to change (others stay), and why.
struct IdentityChange
{
    std::optional<QString> familyName;
    std::optional<QString> givenName;
    std::optional<QString> birthDate; // YYYY-MM-DD, or empty to clear
    std::optional<QString> sex;
    QString reason;
};

struct AssessOutcome
{
    AssessmentRecord assessment;
    Plan plan;
    QList<FollowUpRecord> scheduled;
    int cancelled = 0; // open items the new assessment superseded
};

struct DoneInput
{
    qint64 itemId = 0;
    QString date;   // YYYY-MM-DD; empty: today
    QString result; // a number as text; empty: no result
    QString unit;
    QString test;    // which test of the item the result is for; empty: the item's first
    QString outcome; // imaging: RECIST 1.1 CR | PR | SD | PD | NE (the first vocabulary response |
                     // stable | progression is still accepted and stored as it is)
    QString uln = {}; // labs: the upper limit of normal printed on the report, in the result's unit
    QString note = {}; // imaging: the report's gist
};

struct TherapyStartInput
{
    QString recordNumber;
    QString therapy; // a therapy code of the knowledge base (antitumour, symptomatic or procedure)
    QString date;    // YYYY-MM-DD; empty: today
    QString note;
};

struct TherapyStopInput
{
    QString recordNumber;
    qint64 lineId = 0; // the line; or 0 and `therapy`: the running line of that therapy
    QString therapy;
    QString date; // YYYY-MM-DD; empty: today
    QString reason;       // progression | toxicity | completed | patient_choice | death | other
    QString bestResponse; // CR | PR | SD | PD | NE, or empty
    QString note;         // appended to the line's note
};

// A patient who needs a new assessment, with the reasons.
struct ReviewRow
{
    PatientRecord patient;
    QDate assessmentDate;
    QList<ReviewFlag> flags;
};

struct DoneOutcome
{
    FollowUpRecord done;
    std::optional<FollowUpRecord> next;
    std::optional<ResultRecord> result;
};

struct PatientHistory
{
    PatientRecord patient;
    QList<AssessmentRecord> assessments;
    QList<FollowUpRecord> items;
    QList<ResultRecord> results;
    QList<TherapyLine> therapyLines;
};

struct VerifyReport
{
    QMap<QString, qint64> rowCounts; // table -> rows
    qint64 auditEntries = 0;
};

// The registry's operations. Each public call is one write (or read) transaction: it is stored
// whole or not at all, and every change is appended to the audit log in the same transaction.
// Wrong input gives problems naming the field (Problem::failure false) and changes nothing.
class Registry final
{
public:
    Registry(Database& db, const Clock& clock, QString actor, KnowledgeBasePtr kb);
    const KnowledgeBasePtr& knowledgeBase() const { return m_kb; }
    const Clock& clock() const { return m_clock; }
    const QString& actor() const { return m_actor; }
    // Tumour-board meetings on the same registry, clock and author.
    Board board();
    // The registry's database, for the readers that build views across aggregates (the anonymous
    // board agenda, the board summary); widgets use it only through those core functions.
    Database& database() { return m_db; }

    Result<PatientRecord> addPatient(const NewPatient& patient);
    Result<AssessOutcome> assess(const QString& recordNumber, const QByteArray& caseJson, const QString& protocol = {});
    // A new patient and their first assessment in one transaction: both are stored, or neither.
    Result<AssessOutcome> addAndAssess(const NewPatient& patient, const QByteArray& caseJson,
                                       const QString& protocol = {});
    // The patient with exactly this record number, if any.
    Result<std::optional<PatientRecord>> patient(const QString& recordNumber);
    Result<PatientHistory> history(const QString& recordNumber);
    // The case of the patient's latest assessment (an empty object when there is none).
    Result<QJsonObject> latestCase(const QString& recordNumber);
    // The plan stored with the patient's latest assessment, as plan JSON (empty when none).
    Result<QJsonObject> latestPlan(const QString& recordNumber);
    // The latest plan with its texts in `language`: the stored plan when it is in that language;
    // otherwise the stored case planned again (same protocol and assessment date), which is allowed
    // only when the installed knowledge base is the one the assessment used (same SHA-256), so the
    // content cannot differ from what was stored.
    Result<QJsonObject> latestPlanIn(const QString& recordNumber, const QString& language);
    Result<Page<PatientRecord>> list(const QString& search, int limit = defaultPageSize);
    Result<Page<ReminderRow>> due(int withinDays, int limit = defaultPageSize);
    Result<Page<ReminderRow>> overdue(int limit = defaultPageSize);
    Result<DoneOutcome> markDone(const DoneInput& input);
    // Another result for an item already done (e.g. 5-HIAA after CgA of the same visit).
    Result<ResultRecord> addResult(const DoneInput& input);
    Result<FollowUpRecord> cancel(qint64 itemId, const QString& reason);
    // Its own audited action (before, after and the reason in the audit log): an assessment never
    // changes who a patient is, it is refused when its case contradicts the registry (Identity.h).
    Result<PatientRecord> setIdentity(const QString& recordNumber, const IdentityChange& change);
    Result<PatientRecord> setStatus(const QString& recordNumber, const QString& status, const QString& date);
    Result<VerifyReport> verify();
    // A consistent online copy, then verified: the copy opens, integrity_check is ok, its audit
    // chain holds and its row counts match the registry's.
    Result<VerifyReport> backup(const QString& file);
    // A synthetic registry: realistic sites, grades, dates and results; no real people.
    Result<VerifyReport> demo(int patients, quint32 seed = 20261127);

    // The course (schema v3). Therapy lines: start (the patient is active, the code is a therapy of
    // the knowledge base, not already running), stop (date not before the start, a reason of the
    // list, optional RECIST best response), list (by start date). Each change is audited.
    Result<TherapyLine> startTherapy(const TherapyStartInput& input);
    Result<TherapyLine> stopTherapy(const TherapyStopInput& input);
    Result<QList<TherapyLine>> therapyLines(const QString& recordNumber);
    // The therapy codes of the patient's lines, in order of first start, each once: the new
    // assessment's priorTherapies (the wizard prefills them; the user can still edit).
    Result<QStringList> priorTherapies(const QString& recordNumber);
    // Why the patient needs a new assessment (empty: no need), from the rules of
    // resources/knowledge/course-review.json, worded in `language`. Computed from the data each
    // time, so a new assessment clears the flags it answers. Only active patients with an assessment
    // are flagged.
    Result<QList<ReviewFlag>> reviewFlags(const QString& recordNumber, const QString& language = QStringLiteral("en"));
    // The active patients who need a new assessment, by name: the first `limit` with their flags,
    // and the total.
    Result<Page<ReviewRow>> needsReview(int limit = defaultPageSize, const QString& language = QStringLiteral("en"));
    // The review rules in use (the embedded file, checked against the knowledge base, unless set).
    Result<CourseReviewPtr> courseReview();
    void setCourseReview(CourseReviewPtr rules) { m_courseReview = std::move(rules); }

    static const QStringList& stopReasons();
    static const QStringList& recistResponses();
    // Therapy kinds of the knowledge base a line may have.
    static const QStringList& lineKinds();

    static const QStringList& tables();

private:
    Result<PatientRecord> addPatientIn(const NewPatient& input);
    // Names, birth date and sex of `in` checked and copied into `p` (problems appended).
    void checkIdentityFields(const NewPatient& in, PatientRecord& p, Problems& problems) const;
    Result<AssessOutcome> assessIn(const PatientRecord& patient, const QByteArray& caseJson, const QString& protocol,
                                   const QDate& today);
    Result<DoneOutcome> markDoneIn(const FollowUpRecord& item, const QDate& date,
                                   const std::optional<ResultRecord>& result, const QDateTime& at);
    Result<PatientRecord> setStatusIn(const QString& recordNumber, const QString& status, const QString& date,
                                      const QDateTime& at);
    Result<PatientRecord> patientOrProblem(const QString& recordNumber);
    Result<FollowUpRecord> itemOrProblem(qint64 itemId);
    Result<std::optional<AssessmentRecord>> latestAssessment(const QString& recordNumber);
    Result<QMap<QString, qint64>> rowCounts(Database& db);
    Result<QList<ReviewFlag>> flagsFor(const PatientRecord& patient, const CourseReview& rules,
                                       const QString& language, QDate* assessedOut = nullptr);

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    KnowledgeBasePtr m_kb;
    CourseReviewPtr m_courseReview;
};

QJsonObject patientJson(const PatientRecord& p);
QJsonObject itemJson(const FollowUpRecord& f);
QJsonObject reviewFlagJson(const ReviewFlag& f);

} // namespace netdesk
