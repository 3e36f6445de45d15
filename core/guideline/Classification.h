#pragma once

#include "core/model/Case.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk {

// The cut-offs of the WHO schemes, read from the knowledge base's "grading" section.
struct GradingRules
{
    double ki67G1Below = 0;             // Ki-67 < this: G1
    double ki67G2UpTo = 0;              // Ki-67 <= this: G2, above: G3
    double mitosesG1Below = 0;          // mitoses < this: G1
    double mitosesG2UpTo = 0;           // mitoses <= this: G2, above: G3
    double lungTypicalBelow = 0;        // lung/thymus: mitoses < this and no necrosis: typical carcinoid
    double lungAtypicalUpTo = 0;        // lung/thymus: mitoses <= this: atypical carcinoid, above: NEC
    QList<double> ki67Cutoffs;          // cut-offs that change the plan
    double ki67NearWithin = 0;          // "near" means within this many points, inclusive
    double conflictKi67UpTo = 0;        // poor differentiation with Ki-67 <= this conflicts
    double conflictMitosesUpTo = 0;     // ... or, without Ki-67, mitoses <= this
    double conflictLungMitosesUpTo = 0; // lung/thymus: poor differentiation with mitoses <= this conflicts
};

struct Classification
{
    QString category;      // NET_G1 ... LUNG_ATYPICAL_CARCINOID
    QString grade;         // G1/G2/G3; empty means null (NEC, lung/thymic carcinoids)
    QString measuredGrade; // the higher of the Ki-67 and mitotic grade; empty when neither was given
    QStringList basis;     // each decision, in words
    bool gradeDiscordant = false;
    bool ki67NearCutoff = false;
    std::optional<double> nearestCutoff;
    bool differentiationConflict = false;
    bool histologyDiscordant = false;
};

// `lang`: the language of the basis lines ("de" German; anything else English).
Classification classify(const Case& c, const GradingRules& rules, const QString& lang = {});

} // namespace netdesk
