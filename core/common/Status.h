#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace tessera {

/** Why an operation did not produce a full result. */
enum class StatusCode
{
    Ok,           ///< success
    Cancelled,    ///< the TaskContext was cancelled; no partial result is returned
    InvalidInput, ///< the caller's data or parameters are unusable (message says why)
    IoError,      ///< a file could not be read or written
    Unsupported,  ///< a valid file or request that Tessera does not handle (message says what)
    TooLarge,     ///< the request exceeds a stated resource limit
};

/**
 * The outcome of an operation: a code and one translated, user-readable message naming the problem.
 * Cheap to copy; thread-safe as a value.
 */
class Status
{
public:
    Status() = default;
    Status(StatusCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    static Status ok() { return {}; }
    static Status cancelled();
    static Status invalid(QString message) { return {StatusCode::InvalidInput, std::move(message)}; }
    static Status ioError(QString message) { return {StatusCode::IoError, std::move(message)}; }
    static Status unsupported(QString message) { return {StatusCode::Unsupported, std::move(message)}; }
    static Status tooLarge(QString message) { return {StatusCode::TooLarge, std::move(message)}; }

    bool isOk() const { return m_code == StatusCode::Ok; }
    bool isCancelled() const { return m_code == StatusCode::Cancelled; }
    StatusCode code() const { return m_code; }
    /** Empty when isOk(). */
    const QString& message() const { return m_message; }

private:
    StatusCode m_code = StatusCode::Ok;
    QString m_message;
};

/**
 * Either a value or a non-OK Status. value() must only be called when isOk().
 */
template <typename T> class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(Status status) : m_status(std::move(status)) {}

    bool isOk() const { return m_status.isOk() && m_value.has_value(); }
    const Status& status() const { return m_status; }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

private:
    Status m_status;
    std::optional<T> m_value;
};

} // namespace tessera
