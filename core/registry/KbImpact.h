#pragma once

#include "core/Result.h"
#include "core/guideline/KnowledgeBase.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace netdesk {

class Database;
class Registry;
struct AssessOutcome;

// One difference between a patient's current plan and the plan a new knowledge base would make.
struct PlanChange
{
    QString what; // recommendation | avoid | warning | followUp
    QString code; // therapy, warning code, or follow-up kind ("labs CGA+5HIAA")
    QString change; // added | removed | strength | role | severity | interval
    QString before; // e.g. "option"; empty for added
    QString after;  // e.g. "preferred"; empty for removed
    QString label;  // a warning's message (in the plan's language), for people; empty otherwise
};

struct PatientImpact
{
    QString recordNumber;
    QString familyName;
    QString givenName;
    qint64 assessmentId = 0;
    QDate assessmentDate;
    QString caseJson; // the latest case, for re-assessing with the new version
    QList<PlanChange> changes;
};

struct ImpactReport
{
    QString fromVersion; // the knowledge-base version(s) the current plans were made with
    QString toVersion;
    qint64 patients = 0;        // active patients with an assessment
    qint64 changedPatients = 0; // of whom the plan would change
    QMap<QString, qint64> changesByKind; // "recommendation added" -> count
    QList<PatientImpact> changed;        // by name
    QList<QString> unplannable;          // "RECORD: reason" for a stored case the new version refuses
};

// What `after` changes against `before` (both netdesk.plan/1): recommendations added, removed, or
// with another strength or role; avoid entries added, removed or with another severity; warnings
// added, removed or with another severity; follow-up intervals. Texts, order and evidence are not
// changes of the plan for this purpose.
QList<PlanChange> comparePlans(const QJsonObject& before, const QJsonObject& after);

// Re-plans the latest case of every active patient with `newKb` (same protocol and assessment
// date as stored) and compares it with the stored plan. Reads in batches and plans on every core;
// `progress(done, total)` is called from the calling thread. Nothing is written.
Result<ImpactReport> kbImpact(Database& db, const KnowledgeBasePtr& newKb,
                              const std::function<void(qint64, qint64)>& progress = {});

// A new assessment of the changed patient with `newKb`, dated today, from their latest case: a normal,
// audited assessment (all or nothing) that supersedes their follow-up schedule.
Result<AssessOutcome> reassessWith(Registry& registry, const KnowledgeBasePtr& newKb, const PatientImpact& patient);

} // namespace netdesk
