#pragma once

#include "core/Result.h"
#include "core/guideline/Classification.h"
#include "core/guideline/Condition.h"
#include "core/guideline/Facts.h"
#include "core/guideline/Plan.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace netdesk {

// A text in every language the knowledge base declares.
struct LocalText
{
    QHash<QString, QString> byLanguage;
    QString get(const QString& language) const { return byLanguage.value(language); }
    bool isEmpty() const { return byLanguage.isEmpty(); }
};

struct AudienceText
{
    LocalText professional;
    LocalText patient;
};

struct KbTherapy
{
    QString code;
    LocalText name;
    QString kind;             // antitumour | symptomatic | procedure | supportive
    bool fixedCourse = false; // a course that is not repeated once given
    QStringList classes;      // e.g. chemotherapy; strength adjustments name these
};

struct KbNote
{
    Condition when;
    AudienceText text;
    QStringList evidence;
    QString review;
};

struct KbRecommendation
{
    QString id;
    QString therapy;
    QString role; // empty: first_line or later_line, from prior therapies
    QString strength;
    Condition when;
    AudienceText text;
    LocalText regimen; // dosing, professional only ("published regimen: verify against local protocol")
    QStringList evidence;
    QString review;
    QList<KbNote> notes;
    bool keepWhenProgressing = false; // offered again although given before and progressing
    bool strengthCap = false;         // when merged with other entries of the same therapy, its strength holds
    int priority = 0;                 // order within a role, strength and review (lower first)
    QString dependsOn;                // recommended only with this therapy; never stronger, better checked or earlier
    Condition placeFirst;             // when it holds (and is given), the recommendation leads the plan
    bool hasPlaceFirst = false;
};

struct KbAvoid
{
    QString id;
    QString therapy;
    QString severity;
    Condition when;
    AudienceText reason;
    QStringList evidence;
    QString review;
};

struct KbWarning
{
    QString id;
    QString code;
    QString severity;
    Condition when;
    AudienceText message;
    QStringList evidence;
    QString review;
};

struct KbFactor
{
    QString code;
    Condition when;
    AudienceText label;
    QStringList evidence;
    QString review;
};

struct KbOutcome
{
    QString id;
    Condition when;
    LocalText label;
    LocalText value;
    LocalText caveat;
    LocalText patientText;
    QStringList evidence;
    QString review;
    bool patientVisible = true;
};

struct KbAdjustment
{
    QString id;
    Condition when;
    QString therapyClass;
    QString strength;
    LocalText reason;
};

struct KbDerivedFact
{
    int factIndex = -1;
    Condition when;
};

// Why an item is followed up ("CgA: on somatostatin analogue"); the first that holds applies.
struct KbReason
{
    Condition when;
    LocalText text;
};

struct KbTest
{
    QString code;
    Condition when;
    QList<KbReason> reasons;
    QList<KbNote> notes;
};

struct KbInterval
{
    Condition when;
    int months = 0;
    QList<SchedulePeriod> periods;
    LocalText schedule;
    QStringList evidence;
    QString review;
};

struct KbFollowUpItem
{
    QString id;
    QString kind;
    Condition when;
    QList<KbTest> tests;
    QStringList modalities;
    QList<KbReason> reasons;     // imaging items
    QList<KbInterval> intervals; // the first that holds applies
    AudienceText reason;
    QStringList evidence;
    QString review;
};

struct KbProtocol
{
    QString id;
    LocalText title;
    QStringList evidence;
    QString review;
    QList<KbFollowUpItem> items;
};

// The versioned clinical content: rules, texts, references and follow-up protocols (data, not code).
// Loading is strict: an unknown key, an unknown fact in a condition, or an evidence label missing
// from the reference list is an error naming its JSON path.
class KnowledgeBase final
{
public:
    static Result<std::shared_ptr<const KnowledgeBase>> load(const QByteArray& json);
    static Result<std::shared_ptr<const KnowledgeBase>> loadFile(const QString& path);
    static Result<std::shared_ptr<const KnowledgeBase>> loadEmbedded();
    static QString embeddedPath();

    QString id;
    QString version;
    QString sha256;
    QString clinicalReviewStatus; // "none": no clinician has reviewed it (a sign-off is never shipped)
    LocalText clinicalReviewStatement;
    QMap<QString, QString> referenceStatus; // label → checked | details_unconfirmed | secondary | seed
    QStringList languages;
    QString defaultProtocol;
    LocalText disclaimer;
    GradingRules grading;
    QStringList gradingEvidence;
    QMap<QString, QString> references;
    QMap<QString, KbTherapy> therapies;
    QStringList therapyCodes;
    std::unique_ptr<FactSchema> schema;
    QList<KbDerivedFact> derivedFacts;
    QList<KbRecommendation> recommendations;
    QList<KbAvoid> avoid;
    QList<KbWarning> warnings;
    QList<KbFactor> factors;
    QList<KbOutcome> outcomes;
    QList<KbAdjustment> adjustments;
    QList<KbProtocol> protocols;

    const KbProtocol* protocol(const QString& id) const;
    QStringList protocolIds() const;
    // How many statements are in each review state ("source_checked", "pending", "draft"): every
    // recommendation, avoid entry, warning, prognosis factor, reference outcome, protocol and
    // follow-up item. Shown in the About box and on printouts.
    QMap<QString, int> reviewCounts() const;
};

using KnowledgeBasePtr = std::shared_ptr<const KnowledgeBase>;

} // namespace netdesk
