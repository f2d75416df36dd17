// A dealer flag's status (read after lock-dealer-flag).
MATCH (flag:DealerFlag {id: $id})
RETURN flag.status AS status
