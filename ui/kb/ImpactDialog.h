#pragma once

#include "core/guideline/KnowledgeBase.h"
#include "core/registry/KbImpact.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace netdesk {

class Registry;

// Tools → Impact of a knowledge-base update: re-plans every active patient's latest case with a new
// knowledge-base file (core kbImpact, nothing stored) and lists, patient by patient, what would
// change, in words; from the list, re-assess the chosen patients or all changed ones with the new
// version (each a normal, audited assessment).
class ImpactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImpactDialog)

public:
    ImpactDialog(Registry& registry, QWidget* parent = nullptr);

    // Loads `file` and compares; false (with the reason shown) when the file is refused.
    bool compare(const QString& file);
    // Re-assesses the selected rows (or all of them) with the new version; the number stored.
    int reassess(bool all);
    const ImpactReport& report() const { return m_report; }

    // One change in words for a person, in the screen's language.
    static QString changeText(const PlanChange& change, const Registry& registry);

private:
    Registry& m_registry;
    KnowledgeBasePtr m_newKb;
    ImpactReport m_report;
    QLineEdit* m_file = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_reassessSelected = nullptr;
    QPushButton* m_reassessAll = nullptr;
};

} // namespace netdesk
