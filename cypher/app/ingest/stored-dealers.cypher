// The identifying values stored for these dealers (a feed that changes them is a conflict).
UNWIND $keys AS key
MATCH (d:Dealer {posId: key})
RETURN key, {name: d.name, operator: d.operator, circle: d.circle, registered_on: toString(d.registeredOn)} AS stored
