// Takes an alert's write lock before its status is read: of two officers triaging it at once, the second
// sees what the first did. No row: no such alert.
MATCH (a:Alert {id: $id})
SET a.alertLock = true
REMOVE a.alertLock
RETURN a.id AS id
