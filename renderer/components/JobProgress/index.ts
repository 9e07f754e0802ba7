export {
  JobProgressProvider,
  newJobId,
  useJob,
  type JobMethodName,
  type JobOptions,
  type RunJob,
} from './JobProgressProvider';
