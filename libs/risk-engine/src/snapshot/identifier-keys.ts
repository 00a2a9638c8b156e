/**
 * The watchlists library's normalisers, re-exported in one place: declaration values must be reduced
 * exactly the way list values were, or exact matching silently fails.
 */
export {
  normaliseAddressKey,
  normaliseContainerNumber,
  normaliseImoNumber,
  normaliseTraderId,
} from '@salw/watchlists';
