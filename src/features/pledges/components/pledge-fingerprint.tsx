import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import type { PledgeCertificate } from '@api/pledges';
import './pledge-fingerprint.scss';

const groups = (hex: string) => hex.toUpperCase().match(/.{1,4}/g) ?? [];

/** "0123-ABCD…CDEF": enough to compare by eye with a printed or shared copy. */
export function shortFingerprint(hash: string): string {
  if (hash.length <= 16) return groups(hash).join('-');
  const [first, second] = groups(hash);
  return `${first}-${second}…${hash.slice(-4).toUpperCase()}`;
}

/** The whole value in groups of four, so it can be read out and compared. */
export const fullFingerprint = (hash: string) => groups(hash).join(' ');

/**
 * 防伪核对: the certificate number, a short text fingerprint with what it proves, the whole
 * value on demand, and whether what is stored now still matches it.
 */
export function PledgeFingerprint({ pledge }: { pledge: PledgeCertificate }) {
  const [full, setFull] = useState(false);
  return (
    <View className="section fingerprint">
      <View className="section-title">防伪核对</View>
      <View className="fingerprint__row">
        <Text className="muted">承诺编号</Text>
        <Text>{pledge.certificateNo}</Text>
      </View>
      <View className="fingerprint__row">
        <Text className="muted">文本指纹</Text>
        <Text className="fingerprint__short">{shortFingerprint(pledge.contentHash)}</Text>
      </View>
      <Text className="muted fingerprint__about">
        签署时由承诺文本、条款、签署人和签名算出，用于核对签署的文本未被改动：任何一个字被改，指纹都会不同。
      </Text>
      {full && (
        <Text className="fingerprint__full" aria-label="完整指纹">
          {fullFingerprint(pledge.contentHash)}
        </Text>
      )}
      <View className="fingerprint__toggle tap-target" role="button" onClick={() => setFull(!full)}>
        {full ? '收起完整指纹' : '查看完整指纹'}
      </View>
      {pledge.intact ? (
        <View className="fingerprint__intact" role="status">
          ✓ 内容完整，未被改动
        </View>
      ) : (
        <View className="fingerprint__tampered" role="alert">
          ⚠ 警告：承诺内容与签署时的记录不一致，可能已被改动，请以工作人员核实结果为准。
        </View>
      )}
    </View>
  );
}
