#pragma once

#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace netdesk {

class KnowledgeBase;

// A rule that asks for a new assessment (resources/knowledge/course-review.json, embedded as
// :/knowledge/course-review.json). The kind's meaning is generic code; thresholds, intervals and texts
// are data with evidence and review state, like every clinical statement.
struct CourseRule
{
    QString id;
    QString kind; // imagingProgression | markerRise | therapyStopped | planAge
    QHash<QString, QString> text;
    QStringList evidence;
    QString review;             // source_checked | pending | draft
    QStringList tests;          // markerRise
    double risePercent = 0;     // markerRise
    int defaultMonths = 0;      // planAge
    QHash<QString, int> months; // planAge, by follow-up protocol
};

struct CourseReview
{
    QString version;
    QStringList languages;
    QList<CourseRule> rules;
    QHash<QString, QHash<QString, QString>> stopReasons; // code -> language -> label

    QString stopReasonLabel(const QString& code, const QString& language) const;

    static QStringList kinds();
    // Strict: unknown keys or kinds, a missing language, an evidence label the knowledge base does not
    // cite, a review state outside source_checked/pending/draft, a threshold out of range, a stop
    // reason the registry cannot store: each an error naming its JSON path.
    static Result<std::shared_ptr<const CourseReview>> load(const QByteArray& json, const KnowledgeBase& kb);
    static Result<std::shared_ptr<const CourseReview>> loadEmbedded(const KnowledgeBase& kb);
};

using CourseReviewPtr = std::shared_ptr<const CourseReview>;

// Why a patient needs a new assessment: one rule that holds, worded in one language.
struct ReviewFlag
{
    QString rule; // the rule's id
    QString kind;
    QDate date; // when it happened (the result, the stop), or when the plan passed its interval
    QString text;
    QStringList evidence;
    QString review;
};

} // namespace netdesk
