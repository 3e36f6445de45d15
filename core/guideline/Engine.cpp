#include "core/guideline/Engine.h"

#include "core/model/Vocabulary.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace netdesk {

namespace {

int rank(const QStringList& order, const QString& value)
{
    const qsizetype i = order.indexOf(value);
    return i < 0 ? static_cast<int>(order.size()) : static_cast<int>(i);
}

int reviewRank(const QString& review)
{
    // The least settled status wins when entries are merged.
    if (review == QLatin1String("draft"))
        return 2;
    if (review == QLatin1String("pending"))
        return 1;
    return 0;
}

void appendUnique(QStringList& list, const QStringList& more)
{
    for (const QString& s : more) {
        if (!list.contains(s))
            list << s;
    }
}

bool isAntitumourRole(const QString& role)
{
    return role == QLatin1String("first_line") || role == QLatin1String("later_line");
}

struct Candidate
{
    const KbRecommendation* entry = nullptr;
    QString role;
    QStringList why;
};

class Run final
{
public:
    Run(const KnowledgeBase& kb, const Case& c, const QString& language)
        : m_kb(kb)
        , m_case(c)
        , m_lang(language)
        , m_schema(*kb.schema)
    {
    }

    Plan execute(const KbProtocol& protocol)
    {
        const Classification cl = classify(m_case, m_kb.grading, m_lang);
        m_facts = buildFacts(m_schema, m_case, cl);
        setRecommended({});
        evaluateDerived(false);

        // Pass 1: entries that depend only on the case.
        collect(false);
        filterAndResolve();
        setRecommended(recommendedTherapies());
        evaluateDerived(true);

        // Pass 2: entries that depend on what pass 1 recommended.
        collect(true);
        filterAndResolve();
        setRecommended(recommendedTherapies());
        evaluateDerived(true);

        Plan plan;
        plan.kbId = m_kb.id;
        plan.kbVersion = m_kb.version;
        plan.kbSha256 = m_kb.sha256;
        plan.clinicalReviewStatus = m_kb.clinicalReviewStatus;
        plan.clinicalReviewStatement = m_kb.clinicalReviewStatement.get(m_lang);
        plan.language = m_lang;
        plan.assessmentDate = m_case.assessmentDate;
        plan.disclaimer = m_kb.disclaimer.get(m_lang);
        plan.classification = {cl.category, cl.grade, cl.basis};
        useEvidence(m_kb.gradingEvidence);

        mergeRecommendations(plan);
        applyAdjustments(plan);
        applyDependencies(plan);
        buildAvoid(plan);
        buildWarnings(plan);
        buildPrognosis(plan);
        buildFollowUp(plan, protocol);
        sortPlan(plan);
        placeLeading(plan);

        for (const QString& label : std::as_const(m_usedEvidence)) {
            plan.references.insert(label, m_kb.references.value(label));
            plan.referenceStatus.insert(label, m_kb.referenceStatus.value(label));
        }
        return plan;
    }

private:
    QString fill(const QString& text) const
    {
        if (!text.contains(QLatin1Char('{')))
            return text;
        static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z][A-Za-z0-9.]*)\\}"));
        QString out;
        qsizetype last = 0;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            const int index = m_schema.indexOf(m.captured(1));
            out +=
                index < 0 ? m.captured(0) : factValueText(m_facts[static_cast<size_t>(index)], m_schema.at(index).type);
            last = m.capturedEnd();
        }
        out += text.mid(last);
        return out;
    }

    QString text(const LocalText& t) const { return fill(t.get(m_lang)); }

    void useEvidence(const QStringList& labels) { appendUnique(m_usedEvidence, labels); }

    void setRecommended(const QStringList& therapies)
    {
        FactValue& f = m_facts[static_cast<size_t>(m_schema.recommendedIndex())];
        f.present = true;
        f.list = therapies;
    }

    void evaluateDerived(bool secondPassOnly)
    {
        for (const KbDerivedFact& d : m_kb.derivedFacts) {
            if (secondPassOnly && !m_schema.at(d.factIndex).secondPass)
                continue;
            FactValue& f = m_facts[static_cast<size_t>(d.factIndex)];
            f.present = true;
            f.boolean = d.when.evaluate(m_facts, nullptr);
        }
    }

    // Therapies named by entries are checked at load, so the lookup always finds one.
    const KbTherapy& therapy(const QString& code) const { return *m_kb.therapies.constFind(code); }

    bool inPrior(const QString& therapy) const { return m_case.priorTherapies.contains(therapy); }

    QString computedRole(const KbRecommendation& e) const
    {
        if (!e.role.isEmpty())
            return e.role;
        for (const QString& prior : m_case.priorTherapies) {
            const auto it = m_kb.therapies.constFind(prior);
            if (prior != e.therapy && it != m_kb.therapies.constEnd() && it->kind == QLatin1String("antitumour"))
                return QStringLiteral("later_line");
        }
        return QStringLiteral("first_line");
    }

    // Whether a therapy given before may be offered again (clinical.md §9, "what a plan is"): a fixed
    // course or procedure never; an antitumour therapy not once the disease progressed on it, unless the
    // entry says so (symptom control).
    bool offeredAgain(const KbRecommendation& e) const
    {
        if (!inPrior(e.therapy))
            return true;
        const KbTherapy& t = therapy(e.therapy);
        if (t.fixedCourse || t.kind == QLatin1String("procedure"))
            return false;
        return !(t.kind == QLatin1String("antitumour") && m_case.diseaseStatus == QLatin1String("progressive") &&
                 !e.keepWhenProgressing);
    }

    void collect(bool secondPass)
    {
        for (const KbRecommendation& e : m_kb.recommendations) {
            if (e.when.usesSecondPass() != secondPass)
                continue;
            QStringList why;
            if (!e.when.evaluate(m_facts, &why, m_lang))
                continue;
            if (!offeredAgain(e))
                continue;
            m_candidates.push_back({&e, computedRole(e), why});
        }
        for (const KbAvoid& a : m_kb.avoid) {
            if (a.when.usesSecondPass() != secondPass)
                continue;
            QStringList why;
            if (a.when.evaluate(m_facts, &why, m_lang))
                m_avoided.push_back({&a, why});
        }
    }

    // A therapy is either recommended or avoided, never both: the avoid list wins.
    void filterAndResolve()
    {
        QSet<QString> avoided;
        for (const auto& [entry, why] : m_avoided)
            avoided.insert(entry->therapy);
        m_candidates.erase(std::remove_if(m_candidates.begin(), m_candidates.end(),
                                          [&](const Candidate& c) { return avoided.contains(c.entry->therapy); }),
                           m_candidates.end());
    }

    QStringList recommendedTherapies() const
    {
        QStringList out;
        for (const Candidate& c : m_candidates) {
            if (!out.contains(c.entry->therapy))
                out << c.entry->therapy;
        }
        return out;
    }

    void addNotes(QList<PlanNote>& out, const QList<KbNote>& notes)
    {
        for (const KbNote& n : notes) {
            if (!n.when.evaluate(m_facts, nullptr))
                continue;
            out << PlanNote{text(n.text.professional), text(n.text.patient), n.evidence, n.review};
            useEvidence(n.evidence);
        }
    }

    void mergeRecommendations(Plan& plan)
    {
        const QStringList& strengths = vocab::strengths();
        QStringList order;
        QHash<QString, QList<const Candidate*>> byTherapy;
        for (const Candidate& c : m_candidates) {
            if (!byTherapy.contains(c.entry->therapy))
                order << c.entry->therapy;
            byTherapy[c.entry->therapy] << &c;
        }
        for (const QString& code : std::as_const(order)) {
            const QList<const Candidate*>& group = byTherapy[code];
            // The deciding entry: an antitumour role first, then the stronger strength.
            const Candidate* lead = group.front();
            for (const Candidate* c : group) {
                const bool leadAnti = isAntitumourRole(lead->role);
                const bool cAnti = isAntitumourRole(c->role);
                if ((cAnti && !leadAnti) ||
                    (cAnti == leadAnti && rank(strengths, c->entry->strength) < rank(strengths, lead->entry->strength)))
                    lead = c;
            }
            PlanRecommendation r;
            r.id = lead->entry->id;
            r.therapy = code;
            r.therapyName = text(therapy(code).name);
            r.role = lead->role;
            r.strength = lead->entry->strength;
            for (const Candidate* c : group) {
                if (rank(strengths, c->entry->strength) < rank(strengths, r.strength))
                    r.strength = c->entry->strength;
            }
            for (const Candidate* c : group) {
                if (c->entry->strengthCap && rank(strengths, c->entry->strength) > rank(strengths, r.strength))
                    r.strength = c->entry->strength;
            }
            r.review = QStringLiteral("source_checked");
            r.priority = lead->entry->priority;
            r.dependsOn = lead->entry->dependsOn;
            QStringList texts;
            QStringList regimens;
            QStringList patientTexts;
            for (const Candidate* c : group) {
                r.sourceIds << c->entry->id;
                appendUnique(r.why, c->why);
                appendUnique(r.evidence, c->entry->evidence);
                if (reviewRank(c->entry->review) > reviewRank(r.review))
                    r.review = c->entry->review;
                r.priority = std::min(r.priority, c->entry->priority);
                if (c->entry->hasPlaceFirst && c->entry->placeFirst.evaluate(m_facts, nullptr))
                    m_leading.insert(code);
                appendUnique(texts, {text(c->entry->text.professional)});
                if (!c->entry->regimen.isEmpty())
                    appendUnique(regimens, {text(c->entry->regimen)});
                appendUnique(patientTexts, {text(c->entry->text.patient)});
                addNotes(r.notes, c->entry->notes);
            }
            if (r.why.isEmpty())
                r.why << (m_lang == QLatin1String("de") ? QStringLiteral("gilt für jeden Fall")
                                                        : QStringLiteral("applies to every case"));
            r.text = texts.join(QLatin1Char(' '));
            r.regimen = regimens.join(QLatin1Char(' '));
            r.patientText = patientTexts.join(QLatin1Char(' '));
            useEvidence(r.evidence);
            plan.recommendations << r;
        }
    }

    void applyAdjustments(Plan& plan)
    {
        for (const KbAdjustment& a : m_kb.adjustments) {
            QStringList why;
            if (!a.when.evaluate(m_facts, &why, m_lang))
                continue;
            for (PlanRecommendation& r : plan.recommendations) {
                if (!therapy(r.therapy).classes.contains(a.therapyClass) || r.strength == a.strength)
                    continue;
                r.strength = a.strength;
                r.why << text(a.reason);
                appendUnique(r.why, why);
            }
        }
    }

    // An item that goes with another therapy (clinical.md §9 Order: prophylactic cholecystectomy with
    // cytoreductive surgery) is listed only with it, is never stronger or better checked than it, and
    // never ranks above it (the loader makes its priority later; placeLeading keeps it after).
    void applyDependencies(Plan& plan)
    {
        const QStringList& strengths = vocab::strengths();
        for (qsizetype i = plan.recommendations.size() - 1; i >= 0; --i) {
            PlanRecommendation& r = plan.recommendations[i];
            if (r.dependsOn.isEmpty())
                continue;
            const auto target =
                std::find_if(plan.recommendations.cbegin(), plan.recommendations.cend(),
                             [&](const PlanRecommendation& t) { return t.therapy == r.dependsOn; });
            if (target == plan.recommendations.cend()) {
                plan.recommendations.removeAt(i);
                continue;
            }
            if (rank(strengths, target->strength) > rank(strengths, r.strength))
                r.strength = target->strength;
            if (reviewRank(target->review) > reviewRank(r.review))
                r.review = target->review;
        }
    }

    // Entries whose `placeFirst` holds lead the list (ECOG >= 3: palliative care first); dependent
    // items follow what they depend on.
    void placeLeading(Plan& plan) const
    {
        QList<PlanRecommendation> leading;
        QList<PlanRecommendation> rest;
        for (const PlanRecommendation& r : std::as_const(plan.recommendations))
            (m_leading.contains(r.therapy) ? leading : rest) << r;
        plan.recommendations = leading + rest;
        for (qsizetype i = 0; i < plan.recommendations.size(); ++i) {
            const QString target = plan.recommendations.at(i).dependsOn;
            if (target.isEmpty())
                continue;
            qsizetype t = -1;
            for (qsizetype j = 0; j < plan.recommendations.size(); ++j) {
                if (plan.recommendations.at(j).therapy == target)
                    t = j;
            }
            if (t > i) {
                plan.recommendations.move(i, t); // to just after its target (which moved up by one)
                --i;
            }
        }
    }

    void buildAvoid(Plan& plan)
    {
        const QStringList& severities = vocab::avoidSeverities();
        for (const auto& avoided : m_avoided) {
            const KbAvoid* entry = avoided.first;
            const QStringList& why = avoided.second;
            auto existing = std::find_if(plan.avoid.begin(), plan.avoid.end(),
                                         [&](const PlanAvoid& a) { return a.therapy == entry->therapy; });
            if (existing == plan.avoid.end()) {
                plan.avoid << PlanAvoid{entry->id,
                                        entry->therapy,
                                        text(therapy(entry->therapy).name),
                                        entry->severity,
                                        text(entry->reason.professional),
                                        text(entry->reason.patient),
                                        why,
                                        entry->evidence,
                                        entry->review};
            } else {
                if (rank(severities, entry->severity) < rank(severities, existing->severity)) {
                    existing->severity = entry->severity;
                    existing->id = entry->id;
                }
                existing->reason += QLatin1Char(' ') + text(entry->reason.professional);
                existing->patientText += QLatin1Char(' ') + text(entry->reason.patient);
                appendUnique(existing->why, why);
                appendUnique(existing->evidence, entry->evidence);
                if (reviewRank(entry->review) > reviewRank(existing->review))
                    existing->review = entry->review;
            }
            useEvidence(entry->evidence);
        }
    }

    void buildWarnings(Plan& plan)
    {
        for (const KbWarning& w : m_kb.warnings) {
            QStringList why;
            if (!w.when.evaluate(m_facts, &why, m_lang))
                continue;
            if (std::any_of(plan.warnings.cbegin(), plan.warnings.cend(),
                            [&](const PlanWarning& p) { return p.code == w.code; }))
                continue; // the first entry of a code that holds speaks for it
            plan.warnings << PlanWarning{
                w.id, w.code,     w.severity, text(w.message.professional), text(w.message.patient),
                why,  w.evidence, w.review};
            useEvidence(w.evidence);
        }
    }

    void buildPrognosis(Plan& plan)
    {
        for (const KbFactor& f : m_kb.factors) {
            if (!f.when.evaluate(m_facts, nullptr))
                continue;
            if (std::any_of(plan.adverseFactors.cbegin(), plan.adverseFactors.cend(),
                            [&](const PlanFactor& p) { return p.code == f.code; }))
                continue;
            plan.adverseFactors << PlanFactor{f.code, text(f.label.professional), text(f.label.patient), f.evidence,
                                              f.review};
            useEvidence(f.evidence);
        }
        for (const KbOutcome& o : m_kb.outcomes) {
            if (!o.when.evaluate(m_facts, nullptr))
                continue;
            plan.referenceOutcomes << PlanOutcome{o.id,
                                                  text(o.label),
                                                  text(o.value),
                                                  text(o.caveat),
                                                  o.patientVisible ? text(o.patientText) : QString(),
                                                  o.evidence,
                                                  o.review,
                                                  o.patientVisible};
            useEvidence(o.evidence);
        }
    }

    void addReason(QStringList& out, const QList<KbReason>& reasons) const
    {
        for (const KbReason& r : reasons) {
            if (r.when.evaluate(m_facts, nullptr)) {
                out << text(r.text);
                return;
            }
        }
    }

    void buildFollowUp(Plan& plan, const KbProtocol& protocol)
    {
        plan.protocol = protocol.id;
        plan.protocolTitle = text(protocol.title);
        useEvidence(protocol.evidence);
        for (const KbFollowUpItem& item : protocol.items) {
            if (!item.when.evaluate(m_facts, nullptr))
                continue;
            const KbInterval* interval = nullptr;
            for (const KbInterval& iv : item.intervals) {
                if (iv.when.evaluate(m_facts, nullptr)) {
                    interval = &iv;
                    break;
                }
            }
            if (!interval)
                continue;
            PlanFollowUpItem out;
            out.id = item.id;
            out.kind = item.kind;
            for (const KbTest& t : item.tests) {
                if (!t.when.evaluate(m_facts, nullptr))
                    continue;
                out.tests << t.code;
                addReason(out.because, t.reasons);
                addNotes(out.notes, t.notes);
            }
            if (item.kind == QLatin1String("labs") && out.tests.isEmpty())
                continue;
            out.modalities = item.modalities;
            addReason(out.because, item.reasons);
            out.intervalMonths = interval->months;
            out.periods = interval->periods;
            out.schedule = text(interval->schedule);
            out.reason = text(item.reason.professional);
            out.patientText = text(item.reason.patient);
            out.evidence = item.evidence;
            appendUnique(out.evidence, interval->evidence);
            out.review = reviewRank(interval->review) > reviewRank(item.review) ? interval->review : item.review;
            useEvidence(out.evidence);
            plan.followUp << out;
        }
    }

    static void sortPlan(Plan& plan)
    {
        std::stable_sort(plan.recommendations.begin(), plan.recommendations.end(),
                         [](const PlanRecommendation& a, const PlanRecommendation& b) {
                             const int ra = rank(vocab::roles(), a.role);
                             const int rb = rank(vocab::roles(), b.role);
                             if (ra != rb)
                                 return ra < rb;
                             const int sa = rank(vocab::strengths(), a.strength);
                             const int sb = rank(vocab::strengths(), b.strength);
                             if (sa != sb)
                                 return sa < sb;
                             const int va = reviewRank(a.review);
                             const int vb = reviewRank(b.review);
                             if (va != vb)
                                 return va < vb;
                             if (a.priority != b.priority)
                                 return a.priority < b.priority;
                             return a.id < b.id;
                         });
        std::stable_sort(plan.avoid.begin(), plan.avoid.end(), [](const PlanAvoid& a, const PlanAvoid& b) {
            const int ra = rank(vocab::avoidSeverities(), a.severity);
            const int rb = rank(vocab::avoidSeverities(), b.severity);
            return ra != rb ? ra < rb : a.therapy < b.therapy;
        });
        std::stable_sort(plan.warnings.begin(), plan.warnings.end(), [](const PlanWarning& a, const PlanWarning& b) {
            const int ra = rank(vocab::warningSeverities(), a.severity);
            const int rb = rank(vocab::warningSeverities(), b.severity);
            return ra != rb ? ra < rb : a.code < b.code;
        });
    }

    const KnowledgeBase& m_kb;
    const Case& m_case;
    QString m_lang;
    const FactSchema& m_schema;
    FactSet m_facts;
    std::vector<Candidate> m_candidates;
    std::vector<std::pair<const KbAvoid*, QStringList>> m_avoided;
    QSet<QString> m_leading; // therapies whose placeFirst holds
    QStringList m_usedEvidence;
};

} // namespace

Engine::Engine(KnowledgeBasePtr kb)
    : m_kb(std::move(kb))
{
}

Result<Plan> Engine::plan(const Case& c, const PlanOptions& options) const
{
    const QString protocolId = options.protocol.isEmpty() ? m_kb->defaultProtocol : options.protocol;
    const KbProtocol* protocol = m_kb->protocol(protocolId);
    if (!protocol)
        return Problems{
            {QStringLiteral("protocol"), QStringLiteral("'%1' is not a follow-up protocol; allowed: %2")
                                             .arg(protocolId, m_kb->protocolIds().join(QStringLiteral(", ")))}};
    const QString language = options.language.isEmpty() ? m_kb->languages.value(0) : options.language;
    if (!m_kb->languages.contains(language))
        return Problems{{QStringLiteral("lang"), QStringLiteral("'%1' is not available; allowed: %2")
                                                     .arg(language, m_kb->languages.join(QStringLiteral(", ")))}};
    return Run(*m_kb, c, language).execute(*protocol);
}

} // namespace netdesk
