#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace netdesk {

// A note attached to a plan entry; it carries its own source and review status (for example a
// regimen that could not be confirmed).
struct PlanNote
{
    QString text;
    QString patientText;
    QStringList evidence;
    QString review;
};

struct PlanRecommendation
{
    QString id; // the knowledge-base entry that decided role and strength; merged entries are in sourceIds
    QString therapy;
    QString therapyName;
    QString role;
    QString strength;
    QString review;
    int priority = 0;  // declared by the knowledge base; lower first within a role, strength and review
    QString dependsOn; // a therapy this item goes with (never ranks above it); empty: none
    QStringList why;
    QStringList evidence;
    QString text;
    QString regimen; // professional dosing text; empty when the entry gives none
    QString patientText;
    QList<PlanNote> notes;
    QStringList sourceIds;
};

struct PlanAvoid
{
    QString id;
    QString therapy;
    QString therapyName;
    QString severity;
    QString reason;
    QString patientText;
    QStringList why;
    QStringList evidence;
    QString review;
};

struct PlanWarning
{
    QString id;
    QString code;
    QString severity;
    QString message;
    QString patientText;
    QStringList why;
    QStringList evidence;
    QString review;
};

struct PlanFactor
{
    QString code;
    QString label;
    QString patientText;
    QStringList evidence;
    QString review;
};

struct PlanOutcome
{
    QString id;
    QString label;
    QString value;
    QString caveat;
    QString patientText; // plain words for patients; empty when not patientVisible
    QStringList evidence;
    QString review;
    bool patientVisible = true;
};

// A stage of a follow-up course: this interval applies until `untilYear` years after the start.
struct SchedulePeriod
{
    int untilYear = 0;
    int months = 0;
};

struct PlanFollowUpItem
{
    QString id;
    QString kind; // labs | imaging
    QStringList tests;
    QStringList modalities;
    int intervalMonths = 0;
    QList<SchedulePeriod> periods; // empty: intervalMonths for as long as follow-up lasts
    QString schedule;              // the whole course in words (later periods, how long)
    QString reason;
    QStringList because; // per test or modality, e.g. "CgA: on somatostatin analogue"
    QString patientText;
    QList<PlanNote> notes; // confounders, preparation
    QStringList evidence;
    QString review;
};

struct PlanClassification
{
    QString category;
    QString grade; // empty: null
    QStringList basis;
};

struct Plan
{
    QString kbId;
    QString kbVersion;
    QString kbSha256;
    QString clinicalReviewStatus;    // the knowledge base's own clinical-review state: "none" when shipped
    QString clinicalReviewStatement; // what every screen and printout showing the plan says about it
    QString language;
    QDate assessmentDate;
    PlanClassification classification;
    QList<PlanRecommendation> recommendations;
    QList<PlanAvoid> avoid;
    QList<PlanWarning> warnings;
    QList<PlanFactor> adverseFactors;
    QList<PlanOutcome> referenceOutcomes;
    QString protocol;
    QString protocolTitle;
    QList<PlanFollowUpItem> followUp;
    QMap<QString, QString> references;      // label → full citation, for every label the plan uses
    QMap<QString, QString> referenceStatus; // label → checked | details_unconfirmed | secondary | seed
    QString disclaimer;
};

} // namespace netdesk
