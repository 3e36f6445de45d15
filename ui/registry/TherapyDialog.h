#pragma once

#include "core/registry/Records.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace netdesk {

class Registry;

// Starts or stops a line of therapy of one patient: the therapy chosen by name from the knowledge
// base's therapies, the date (today by default), and for a stop the reason and the best RECIST
// response in words. The registry checks it; a problem stays in the dialog and nothing is stored.
class TherapyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TherapyDialog)

public:
    enum class Mode { Start, Stop };

    TherapyDialog(Registry& registry, const QString& recordNumber, Mode mode, const QDate& today,
                  QWidget* parent = nullptr);

    void accept() override;
    // False when there is nothing to do (no running line to stop); the reason is in `emptyReason`.
    bool hasChoices() const;
    const TherapyLine& storedLine() const { return m_stored; }

private:
    Registry& m_registry;
    QString m_record;
    Mode m_mode;
    QComboBox* m_therapy = nullptr; // Start: therapy codes; Stop: running line ids
    QLineEdit* m_date = nullptr;
    QComboBox* m_reason = nullptr;
    QComboBox* m_response = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    TherapyLine m_stored;
};

// The name of a therapy code in `language`, from the knowledge base (the code itself only when the
// knowledge base has no name for it).
QString therapyName(const Registry& registry, const QString& code, const QString& language);

} // namespace netdesk
