/**
 * tightrope: excitatory–inhibitory balance in TypeScript. The public API, as an explicit list.
 *
 * Core (`./core.js`: numbers and typed arrays in the internal unit system of `UNITS`; no Plot,
 * arquero or mathjs): params, random, balance, engine, models, network, inputs, monitors, analysis,
 * dynamics, networks, sweep, plasticity, motifs, criticality, checks, perf. Edges: units and symbolic (mathjs),
 * tables and io (arquero, flechette, hyparquet), figures (Plot), display (tslab, linkedom, resvg). Importing this module registers
 * the unit parser, so every parameter may be given as a string with units ("-60 mV", "10 nS",
 * "200 pF"), and the notebook progress bar.
 *
 * Internals (kernel sources, reference steps, the network's base class, connection and weight
 * helpers, optimisers, setters of global factories) are not exported: import them from their
 * files in src/ (tests do). After adding a name to a folder's index.ts, regenerate this list with
 * `node scripts/api-index.cjs` (test/api.test.ts checks that the two agree).
 */
import "./units/parse.js";
import "./display/progress.js";

// params
export { UNITS, Warnings, checkOptions, closest, notebookParams, quantity, readParams, resetWarnings,
  setWarningHandler, warnOnce } from "./params/index.js";
export type { NotebookParams, ParamRow, ParamSpec, Params, Quantity, Range, Schema, UnitParser, Warn } from "./params/index.js";
// random
export { Rng, deriveSeed, logFactorial } from "./random/index.js";
// balance
export { BALANCE_SCHEMA, CLAMP_TAU_SYN, MEMBRANE_SCHEMA, REQUIRED_INHIBITION_SCHEMA, TAU_SCHEMA, balanceRatio,
  coScalingSweep, conductanceClamp, inputResistance, requiredInhibition, steadyStateV, tauEff } from "./balance/index.js";
export type { BalanceInput, ClampCase, ClampOptions, ClampResult, CoScalingRow, MembraneInput,
  RequiredInhibitionInput, TauInput } from "./balance/index.js";
// engine
export { PHASES, Population, STREAMS, exprel, kernelIR, modelFromSpec, modelTypes, registerModel, wasmKernel } from "./engine/index.js";
export type { Component, Ctx, Expr, FloatArray, InitialState, Kernel, KernelProgram, Kind, Model, ModelSpec, Phase,
  PopulationState, Precision, ProgramArray, Receptor, SpikeEmitter, Stmt, Variable, VaryingSpec } from "./engine/index.js";
// models
export { ADEX_SCHEMA, ADEX_VARYING, FAST_RECEPTOR_SCHEMA, LIF_SCHEMA, LIF_VARYING, LifModel, MAX_RATE_DELAY_STEPS,
  POINT_CONDUCTANCE_MODEL_SCHEMA, POINT_CONDUCTANCE_SCHEMA, POINT_CONDUCTANCE_VARYING, RATE_SCHEMA,
  RECEPTOR_ALIASES, RateHistory, RateModel, RateProjection, SLOW_RECEPTOR_SCHEMA, TRAUB_MILES, WANG_BUZSAKI, adex,
  lif, mgBlock, nevadoHolgado, peakFactor, perArea, pointConductance, pointConductanceSteadyState, rateHistory,
  rateUnit, simulatePointConductance, tauMembrane, traubMiles, wangBuzsaki } from "./models/index.js";
export type { AdexConstants, AdexModel, AdexOptions, HhMethod, HhOptions, LifOptions, PointConductanceConstants,
  PointConductanceModelOptions, PointConductanceOptions, PointConductanceTrace, RateConstants, RateOptions,
  SlowReceptor, SynapseType, Transfer, TraubMilesOptions, VaryingName, WangBuzsakiOptions } from "./models/index.js";
// network
export { MAX_DELAY_STEPS, Network, NeuronPopulation, Projection, mapSpec } from "./network/index.js";
export type { ConnectOptions, Distribution, NetworkOptions, NetworkSpec, ProgressFactory, ProgressReporter, Rule,
  RunStats, SpecPart, Varying } from "./network/index.js";
// inputs
export { CurrentInput, MipSource, PoissonInput, PoissonSource, SpikeTimesSource, bernoulliIndices, rateFunction,
  volleys } from "./inputs/index.js";
export type { CurrentOptions, MipOptions, PoissonInputOptions, PoissonSourceOptions, Rate, Source,
  SpikeTimesOptions, VolleyOptions } from "./inputs/index.js";
// monitors
export { RateMonitor, SpikeMonitor, StateMonitor, recordable } from "./monitors/index.js";
export type { PopulationCounts, Spikes, StateTraces, StateVariable } from "./monitors/index.js";
// analysis
export { BANDS, BRUNEL_SCHEMA, activityEnd, adaptation, adaptationIndex, balancedTrials, bandPower, bandPowers,
  brunelRate, ccdf, classifyRegime, coincidenceWindow, conditionMeans, currentStats, currentSummary, decayTime,
  episodeSeverity, erf, erfcx, exponentialFit, fft, firingRates, firstOvershoot, firstSpikeLatencies,
  fitExponentialDecay, fmtInterval, frozenNoiseBias, gaussianSmooth, intervalSign, isiCV, levelCrossing, lifRate,
  meanInterval, meanPotentialBound, meanRate, mutualInformation, nanMean, oscillationPeriod, pairedInterval,
  plateau, populationRate, populationRateFromSpikes, powerSpectrum, quantileBins, severityTrend, shotNoise, siegert,
  sigmaVEffective, spectralPeak, splitByNeuron, steadyPotential, stepResponse, studentT, synchrony,
  synchronyScaling, timeWindow, traceMoments, traceWindow, tracesWindowMean, trialResponses, volleyResponse,
  windowMean } from "./analysis/index.js";
export type { Adaptation, BinnedSeries, BrunelMeanField, Ccdf, CurrentStats, CurrentSummary, DecayFit,
  EffectiveMembrane, EpisodeSeverity, ExponentialFit, Interval, MutualInformation, MutualInformationOptions,
  NoiseSource, Overshoot, Plateau, RateSeries, Regime, RegimeOptions, Spectrum, StepResponse, StepResponseOptions,
  SynchronyScaling, TraceMoment, Trial, TrialResponse, VolleyResponse } from "./analysis/index.js";
// dynamics
export { characteristic, characteristicRoots, classify, eigenvalues, fixedPointAt, fixedPoints, followFixedPoint,
  hopfPoint, jacobianOf, newton, nullclines, numericJacobian, oscillation, rateSystem, rightmostRoot, solveLinear,
  trajectory, transferFunction, vectorField } from "./dynamics/index.js";
export type { BranchPoint, DelayedLinear, DynamicalSystem, Eigenvalue, FieldArrow, FixedPoint, FixedPointOptions,
  Hopf, NullclineSegment, Oscillation, RateSystem, RateUnitSpec, RootSearch, Stability, Trajectory,
  TransferFunction } from "./dynamics/index.js";
// gain
export { GAIN_CELL, decibels, dynamicRange, feedbackNetwork, fiCurve, fitNakaRushton, fitThresholdLinear,
  gainChange, inputResponse, logSlopeWithin, nakaRushton, nakaRushtonRange, powerLawRange, semiSaturation } from "./gain/index.js";
export type { Barrage, DynamicRange, DynamicRangeOptions, FeedbackNetworkOptions, FeedbackResponse, FiCurve,
  FiCurveOptions, GainChange, InputResponseOptions, NakaRushtonFit, NakaRushtonFitOptions, NakaRushtonOptions,
  ThresholdLinearFit, ThresholdLinearOptions, WindowSlope } from "./gain/index.js";
// isn
export { ISN_DEFAULTS, collectWarnings, isnIndex, isnLesionRun, isnNetwork, isnNeuron, isnStepRun, linearResponse,
  paradoxicalResponse, probeRateFor, rateDifferenceZ, summarizeWarnings } from "./isn/index.js";
export type { IsnLesionProtocol, IsnLesionResult, IsnNetworkOptions, IsnStepProtocol, IsnStepResult,
  ParadoxicalResponse, WarningLog } from "./isn/index.js";
// rhythms
export { STN_GPE, axisSweep, coherence, crossing, delayedHopf, ingNetwork, loopGainThreshold, onsetFromAmplitudes,
  pingPeriodEstimate, pulseAveragedTransfer, pulseTrain, rhythmFrequency, stnGpeLoopGain, stnGpeNetwork,
  stnGpeSystem, stnGpeTransfers, stnGpeWeights, synchronyByBand } from "./rhythms/index.js";
export type { AxisSweepAxis, AxisSweepRow, BandSynchrony, DelayedHopf, IngOptions, LoopThresholdOptions,
  PingEstimateOptions, PulseTrainOptions, Rhythm, StnGpeDelays, StnGpeNetworkOptions, StnGpeSystemOptions,
  StnGpeWeights } from "./rhythms/index.js";
// perturbations
export { ALCOHOL, BENZODIAZEPINE, DRAVET_FRACTION, GradualPerturbation, alcohol, applyOverTime, dravet,
  drugTimeCourse, gabaAEnhancer, hillBlock, interneuronDeficit, receptorLoss, sodiumBlocker, sodiumChannelLoss,
  useDependentBlock } from "./perturbations/index.js";
export type { AlcoholOptions, DravetOptions, DrugTimeCourseOptions, EffectSample, GabaAEnhancerOptions,
  HillBlockOptions, InterneuronDeficitOptions, ParamChange, ReceptorLossOptions, ReceptorName, SodiumBlockerOptions,
  SodiumChannelLossOptions, TimeCourse, UseDependentBlockOptions, UseDependentOptions, WeightChange } from "./perturbations/index.js";
// epilepsy
export { firingRange, linearEIFixedPoint, populationGamma, runawayFraction, seizureLike } from "./epilepsy/index.js";
export type { LinearEI, PopulationGamma, PopulationGammaOptions, SeizureLike, SeizureLikeOptions } from "./epilepsy/index.js";
// pharmacology
export { RatePotentiation, agreementAboveChance, binomialTail, halfChange, ratePotentiation } from "./pharmacology/index.js";
export type { HalfChange, HalfChangeOptions, RatePotentiationOptions } from "./pharmacology/index.js";
// spectral
export { GAO_2017, aperiodicLog10, bandExponent, fitAperiodic, fitFixed, fitKnee, fitPeaks, fitSpectrum,
  gaussianSum, guessPeaks, kneeFrequency, leastSquares, log10Power, meanAbsError, medianBias, rSquared,
  shotNoiseLfps, shotNoiseSpectrum, simulateShotNoise, spectrumRange, welch, welchLogSd } from "./spectral/index.js";
export type { AperiodicMode, AperiodicParams, Gaussian, LeastSquaresOptions, LeastSquaresResult, Peak, PeakOptions,
  ShotNoiseOptions, ShotNoiseTrace, SpecparamOptions, SpectralFit, WelchOptions, WelchSpectrum } from "./spectral/index.js";
// probes
export { LfpProbe, lfpProbe } from "./probes/index.js";
export type { LfpProbeOptions, LfpTrace } from "./probes/index.js";
// readouts
export { MRS_POOLS, TMS_CIRCUIT, conditionLabel, groupStudyPower, mrsReadout, normalQuantile, pairedPulseCounts,
  pairedPulseCurve, pairedPulseSchedule, sampleSizeTwoGroups, synapticScale, tmsCircuit, tmsVolley } from "./readouts/index.js";
export type { MrsPools, PairedPulseCondition, PairedPulsePoint, PairedPulseSchedule, PairedPulseTrial,
  TmsCircuitOptions, TmsPulse } from "./readouts/index.js";
// dale
export { DALE_CELL, DALE_INTERNEURON, agsCapacity, agsOverlap, asyncRetrieval, asyncRun, corruptPattern,
  crossingBelow, cueState, daleAsync, daleDecomposition, daleInput, daleInputNoise, daleSignViolations,
  daleSpikingDesign, daleSpikingError, daleSpikingNetwork, effectiveWeights, hebbianWeights, hopfieldEnergy,
  interneuronRate, keptFraction, lifCurrentFor, lifCurrentRate, logistic, maxAbsDiff, overlap, patternRaster,
  randomPatterns, rateEnergy, rateOverlap, rateRun, retrievalCurve, symmetricAsync, windowAverageSd } from "./dale/index.js";
export type { AsyncNetwork, AsyncRun, DaleNetwork, DaleOptions, DaleSpikingDesign, DaleSpikingNetOptions,
  DaleSpikingOptions, Interneuron, LifCell, RateRun, RateRunOptions, RetrievalPoint } from "./dale/index.js";
// export
export { BRIAN2_MODELS, BRIAN2_UNITS, checkBrian2Spec, npyBytes, readNpy, toBrian2 } from "./export/index.js";
export type { Brian2Export, Brian2Options } from "./export/index.js";
// networks
export { BRUNEL_REGIMES, BRUNEL_STATES, COBAHH_INIT, COBA_INIT, COBA_KICK, addKick, brunel, coba, cobahh, cuba } from "./networks/index.js";
export type { BrunelOptions, CobaOptions, CobahhOptions, CubaOptions, KickOptions } from "./networks/index.js";
// sweep
export { checkResult, decodeJSON, encodeJSON, grid, mergeShards, mergeSweeps, parseShard, pointKey, pointSeed,
  readShard, runSweep, shardPoints, sweepFailures, sweepIdentity, sweepRecords, writeShard } from "./sweep/index.js";
export type { Point, PointFunction, ResultValue, Shard, ShardFile, SweepIdentity, SweepOptions, SweepRow } from "./sweep/index.js";
// plasticity
export { ExcitatoryScaling, ISTDP_SCHEMA, InhibitorySTDP, InhibitoryScaling, RETROGRADE_SCHEMA,
  RetrogradeSuppression, SCALING_SCHEMA, STP_SCHEMA, ShortTermPlasticity, scalingDeviation, scalingLinearisation } from "./plasticity/index.js";
export type { ISTDPDrift, ScalingLinearisation } from "./plasticity/index.js";
// motifs
export { CCK_INTERNEURON, INTERNEURON, PRINCIPAL, dsiCircuit, feedforwardChain, feedforwardCircuit,
  pairedInputCircuit, pairedTrials, recurrentEI } from "./motifs/index.js";
export type { ChainOptions, DsiOptions, FeedforwardOptions, PairedOptions, PairedSchedule, RecurrentOptions } from "./motifs/index.js";
// criticality
export { ALPHA_MAX, avalancheShapes, avalancheStatus, avalanchesFromCounts, avalanchesFromSpikes, binEvents,
  branchingAvalanches, branchingProcess, comparePowerLaw, conventionalR1, cracklingPrediction, describeComparisons,
  discreteMle, durationStats, eiBranchingNetwork, eiBranchingRatio, eiCollisionCorrection, eiRunStatus, exactGamma,
  extinctionProbability, fitAvalanches, fitExponential, fitLognormal, fitPowerLaw, fitTruncatedPowerLaw, ksDistance,
  logLogSlope, meanInterEventInterval, mrEstimate, mrSubsampling, naiveBranchingRatio, powerLawAlpha, powerLawCcdf,
  powerLawLogLik, powerLawPValue, preferredModel, regressionSlopes, samplePowerLaw, scanData, scanKs, scanXmin,
  seedTolerance, shuffleSteps, sizeDurationExponent, subsample, t99 } from "./criticality/index.js";
export type { AvalancheFit, Avalanches, BranchingOptions, EiBranchingOptions, LikelihoodRatio, MrFit, PowerLawFit,
  ScanData, ScanResult } from "./criticality/index.js";
// checks
export { Checks, fmt, fmtSpread, isSpread, runStatus, spread } from "./checks/index.js";
export type { CheckKind, CheckOptions, CheckRow, CheckValue, NearOptions, RunStatus, RunStatusOptions, Spread,
  ThatOptions } from "./checks/index.js";
// perf
export { collectGarbage, linearFit, loglogSlope, measureScaling, measureSweepSpeedup, median, speedupSummary, timed,
  timedAsync } from "./perf/index.js";
export type { LineFit, PowerFit, ScalingMedian, ScalingOptions, ScalingSample, SpeedupOptions, SpeedupRun,
  SpeedupSummary, Timing } from "./perf/index.js";
// units
export { enableUnits, parseQuantity } from "./units/index.js";
// symbolic
export { deriveBalance, provesEqual, substitute, tex } from "./symbolic/index.js";
export type { BalanceDerivation, LinearSolution } from "./symbolic/index.js";
// tables
export { EXPORT_ROW_LIMIT, checksTable, guardExports, paramTable, rateTable, rowsTable, spikesTable, tracesTable,
  writeTable } from "./tables/index.js";
// io
export { csvNumber, fromFrame, jsonNumber, readArrow, readCSV, readJSON, readParquet, toFrame, writeArrow, writeCSV,
  writeJSON, writeParquet } from "./io/index.js";
export type { ColumnType, ColumnValues, ExportOptions, Exportable, Frame, FrameColumn, FrameHeader, Imported,
  SpikesPopulation, TracesPopulation } from "./io/index.js";
// figures
export { coScalingFigure, currentsFigure, fieldArrows, phasePlaneFigure, rasterFigure, rasterPoints, rateFigure,
  ratioFigure, relaxationFigure, tauEffFigure, traceFigure, traceRows } from "./figures/index.js";
export type { ArrowSegment, NamedRate, PhasePath, PhasePlaneOptions, PhasePoint, RasterPoint, RatioRow, TauRow } from "./figures/index.js";
// display
export { checksHTML, checksText, denoPace, display, escapeHTML, flushDisplays, inKernel, isElement, isPlotOptions,
  isTable, newDisplay, plotDocument, progress, renderPlot, save, show, showChecks, showStatus, svgToPNG,
  tableFormat, toFigure, toInlineHTML, toStandaloneSVG } from "./display/index.js";
export type { DomElement, Figure, KernelDisplay, Plottable, Progress, ShowOptions, TableLike } from "./display/index.js";
export { VERSION } from "./version.js";
