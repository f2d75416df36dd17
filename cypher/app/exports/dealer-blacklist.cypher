// The dealer blacklist: dealers blacklisted by an approved flag whose three years have not run out.
MATCH (dealer:Dealer {status: 'blacklisted'})
WHERE dealer.blacklistedUntil >= date()
RETURN dealer.posId, dealer.name, dealer.operator, dealer.circle, toString(dealer.blacklistedOn),
       toString(dealer.blacklistedUntil), dealer.blacklistReason
ORDER BY dealer.blacklistedOn, dealer.posId
