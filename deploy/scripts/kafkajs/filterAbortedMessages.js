// Replaces kafkajs 2.2.4 src/consumer/filterAbortedMessages.js (installed by deploy/scripts/patch-kafkajs.js).
//
// kafkajs took the fetch response's aborted transactions in the order the broker lists them and
// entered at most one per message. The broker lists them in the order they were aborted, not by
// first offset: when a producer that started earlier is aborted later (a new owner fencing several
// transactions of a killed process), its records reached read_committed consumers. As the Java
// consumer does, every aborted transaction whose first offset has been reached is entered, in
// first-offset order, before a record is judged.
const Long = require('../utils/long')
const ABORTED_MESSAGE_KEY = Buffer.from([0, 0, 0, 0])

const isAbortMarker = ({ key }) => {
  if (!key) return false
  return Buffer.from(key).equals(ABORTED_MESSAGE_KEY)
}

module.exports = ({ messages, abortedTransactions }) => {
  if (!abortedTransactions || !abortedTransactions.length) {
    return messages
  }

  const pending = [...abortedTransactions].sort((a, b) =>
    Long.fromValue(a.firstOffset).compare(Long.fromValue(b.firstOffset))
  )
  const abortedProducers = new Set()

  return messages.filter(message => {
    const offset = Long.fromValue(message.offset)
    while (pending.length && offset.gte(pending[0].firstOffset)) {
      abortedProducers.add(String(pending.shift().producerId))
    }

    const { producerId, inTransaction } = message.batchContext
    if (isAbortMarker(message)) {
      // The aborted transaction of this producer ends here; its later records are its next transaction.
      abortedProducers.delete(String(producerId))
    } else if (inTransaction && abortedProducers.has(String(producerId))) {
      return false
    }

    return true
  })
}
